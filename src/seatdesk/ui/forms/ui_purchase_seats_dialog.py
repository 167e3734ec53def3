# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'purchase_seats_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

class Ui_PurchaseSeatsDialog(object):
    def setupUi(self, PurchaseSeatsDialog):
        if not PurchaseSeatsDialog.objectName():
            PurchaseSeatsDialog.setObjectName(u"PurchaseSeatsDialog")
        self.purchase_layout = QVBoxLayout(PurchaseSeatsDialog)
        self.purchase_layout.setObjectName(u"purchase_layout")
        self.step_label = QLabel(PurchaseSeatsDialog)
        self.step_label.setObjectName(u"step_label")
        self.step_label.setText(u"")
        self.step_label.setWordWrap(True)

        self.purchase_layout.addWidget(self.step_label)

        self.seat_type_label = QLabel(PurchaseSeatsDialog)
        self.seat_type_label.setObjectName(u"seat_type_label")
        self.seat_type_label.setText(u"")

        self.purchase_layout.addWidget(self.seat_type_label)

        self.purchase_stack = QStackedWidget(PurchaseSeatsDialog)
        self.purchase_stack.setObjectName(u"purchase_stack")
        self.count_page = QWidget()
        self.count_page.setObjectName(u"count_page")
        self.count_layout = QVBoxLayout(self.count_page)
        self.count_layout.setObjectName(u"count_layout")
        self.count_form = QFormLayout()
        self.count_form.setObjectName(u"count_form")
        self.seat_count_label = QLabel(self.count_page)
        self.seat_count_label.setObjectName(u"seat_count_label")

        self.count_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seat_count_label)

        self.seat_count_spin = QSpinBox(self.count_page)
        self.seat_count_spin.setObjectName(u"seat_count_spin")

        self.count_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seat_count_spin)

        self.unit_price_label = QLabel(self.count_page)
        self.unit_price_label.setObjectName(u"unit_price_label")

        self.count_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unit_price_label)

        self.unit_price_value = QLabel(self.count_page)
        self.unit_price_value.setObjectName(u"unit_price_value")
        self.unit_price_value.setText(u"")

        self.count_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_price_value)

        self.total_now_caption = QLabel(self.count_page)
        self.total_now_caption.setObjectName(u"total_now_caption")

        self.count_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.total_now_caption)

        self.total_now_value = QLabel(self.count_page)
        self.total_now_value.setObjectName(u"total_now_value")
        self.total_now_value.setText(u"")
        self.total_now_value.setWordWrap(True)

        self.count_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.total_now_value)

        self.total_period_caption = QLabel(self.count_page)
        self.total_period_caption.setObjectName(u"total_period_caption")

        self.count_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.total_period_caption)

        self.total_period_value = QLabel(self.count_page)
        self.total_period_value.setObjectName(u"total_period_value")
        self.total_period_value.setText(u"")
        self.total_period_value.setWordWrap(True)

        self.count_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.total_period_value)


        self.count_layout.addLayout(self.count_form)

        self.count_error_label = QLabel(self.count_page)
        self.count_error_label.setObjectName(u"count_error_label")
        self.count_error_label.setText(u"")
        self.count_error_label.setWordWrap(True)
        self.count_error_label.setStyleSheet(u"QLabel { color: #b91c1c; }")

        self.count_layout.addWidget(self.count_error_label)

        self.buy_anytime_label = QLabel(self.count_page)
        self.buy_anytime_label.setObjectName(u"buy_anytime_label")
        self.buy_anytime_label.setWordWrap(True)

        self.count_layout.addWidget(self.buy_anytime_label)

        self.count_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.count_layout.addItem(self.count_spacer)

        self.purchase_stack.addWidget(self.count_page)
        self.review_page = QWidget()
        self.review_page.setObjectName(u"review_page")
        self.review_layout = QVBoxLayout(self.review_page)
        self.review_layout.setObjectName(u"review_layout")
        self.review_hint_label = QLabel(self.review_page)
        self.review_hint_label.setObjectName(u"review_hint_label")
        self.review_hint_label.setWordWrap(True)

        self.review_layout.addWidget(self.review_hint_label)

        self.review_form = QFormLayout()
        self.review_form.setObjectName(u"review_form")
        self.added_label = QLabel(self.review_page)
        self.added_label.setObjectName(u"added_label")

        self.review_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.added_label)

        self.added_value = QLabel(self.review_page)
        self.added_value.setObjectName(u"added_value")
        self.added_value.setText(u"")

        self.review_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.added_value)

        self.review_unit_label = QLabel(self.review_page)
        self.review_unit_label.setObjectName(u"review_unit_label")

        self.review_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.review_unit_label)

        self.review_unit_value = QLabel(self.review_page)
        self.review_unit_value.setObjectName(u"review_unit_value")
        self.review_unit_value.setText(u"")

        self.review_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.review_unit_value)

        self.cost_now_caption = QLabel(self.review_page)
        self.cost_now_caption.setObjectName(u"cost_now_caption")

        self.review_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cost_now_caption)

        self.cost_now_label = QLabel(self.review_page)
        self.cost_now_label.setObjectName(u"cost_now_label")
        self.cost_now_label.setText(u"")
        self.cost_now_label.setWordWrap(True)

        self.review_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cost_now_label)

        self.cost_renewal_caption = QLabel(self.review_page)
        self.cost_renewal_caption.setObjectName(u"cost_renewal_caption")

        self.review_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cost_renewal_caption)

        self.cost_renewal_label = QLabel(self.review_page)
        self.cost_renewal_label.setObjectName(u"cost_renewal_label")
        self.cost_renewal_label.setText(u"")
        self.cost_renewal_label.setWordWrap(True)

        self.review_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cost_renewal_label)


        self.review_layout.addLayout(self.review_form)

        self.no_reduce_label = QLabel(self.review_page)
        self.no_reduce_label.setObjectName(u"no_reduce_label")
        self.no_reduce_label.setWordWrap(True)

        self.review_layout.addWidget(self.no_reduce_label)

        self.review_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.review_layout.addItem(self.review_spacer)

        self.purchase_stack.addWidget(self.review_page)
        self.complete_page = QWidget()
        self.complete_page.setObjectName(u"complete_page")
        self.complete_layout = QVBoxLayout(self.complete_page)
        self.complete_layout.setObjectName(u"complete_layout")
        self.complete_summary_label = QLabel(self.complete_page)
        self.complete_summary_label.setObjectName(u"complete_summary_label")
        self.complete_summary_label.setText(u"")
        self.complete_summary_label.setWordWrap(True)

        self.complete_layout.addWidget(self.complete_summary_label)

        self.complete_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.complete_layout.addItem(self.complete_spacer)

        self.purchase_stack.addWidget(self.complete_page)

        self.purchase_layout.addWidget(self.purchase_stack)

        self.purchase_buttons = QHBoxLayout()
        self.purchase_buttons.setObjectName(u"purchase_buttons")
        self.back_button = QPushButton(PurchaseSeatsDialog)
        self.back_button.setObjectName(u"back_button")

        self.purchase_buttons.addWidget(self.back_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.purchase_buttons.addItem(self.buttons_spacer)

        self.cancel_button = QPushButton(PurchaseSeatsDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"")

        self.purchase_buttons.addWidget(self.cancel_button)

        self.continue_button = QPushButton(PurchaseSeatsDialog)
        self.continue_button.setObjectName(u"continue_button")

        self.purchase_buttons.addWidget(self.continue_button)

        self.save_continue_button = QPushButton(PurchaseSeatsDialog)
        self.save_continue_button.setObjectName(u"save_continue_button")
        self.save_continue_button.setText(u"")

        self.purchase_buttons.addWidget(self.save_continue_button)

        self.complete_purchase_button = QPushButton(PurchaseSeatsDialog)
        self.complete_purchase_button.setObjectName(u"complete_purchase_button")

        self.purchase_buttons.addWidget(self.complete_purchase_button)


        self.purchase_layout.addLayout(self.purchase_buttons)

#if QT_CONFIG(shortcut)
        self.seat_count_label.setBuddy(self.seat_count_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PurchaseSeatsDialog)

        self.continue_button.setDefault(True)

    # setupUi

    def retranslateUi(self, PurchaseSeatsDialog):
        PurchaseSeatsDialog.setWindowTitle(QCoreApplication.translate("PurchaseSeatsDialog", u"Purchase seats", None))
        self.seat_count_label.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Seats to add", None))
#if QT_CONFIG(tooltip)
        self.seat_count_spin.setToolTip(QCoreApplication.translate("PurchaseSeatsDialog", u"Increase number of seats", None))
#endif // QT_CONFIG(tooltip)
        self.unit_price_label.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Price per seat", None))
        self.total_now_caption.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Cost now", None))
        self.total_period_caption.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"From the renewal", None))
        self.buy_anytime_label.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Your subscription includes a set number of seats. You can buy more at any time, at a price set by your subscription tier.", None))
        self.review_hint_label.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Review the seats you added at checkout.", None))
        self.added_label.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Seats added", None))
        self.review_unit_label.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Price per seat", None))
        self.cost_now_caption.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Cost now", None))
        self.cost_renewal_caption.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"From the renewal", None))
        self.no_reduce_label.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Once you've bought seats, you can't lower the number of seats until your next renewal date.", None))
        self.back_button.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Back", None))
        self.continue_button.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Continue", None))
        self.complete_purchase_button.setText(QCoreApplication.translate("PurchaseSeatsDialog", u"Complete purchase", None))
    # retranslateUi

