# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'remove_seats_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

class Ui_RemoveSeatsDialog(object):
    def setupUi(self, RemoveSeatsDialog):
        if not RemoveSeatsDialog.objectName():
            RemoveSeatsDialog.setObjectName(u"RemoveSeatsDialog")
        self.remove_layout = QVBoxLayout(RemoveSeatsDialog)
        self.remove_layout.setObjectName(u"remove_layout")
        self.remove_stack = QStackedWidget(RemoveSeatsDialog)
        self.remove_stack.setObjectName(u"remove_stack")
        self.choose_page = QWidget()
        self.choose_page.setObjectName(u"choose_page")
        self.choose_layout = QVBoxLayout(self.choose_page)
        self.choose_layout.setObjectName(u"choose_layout")
        self.question_label = QLabel(self.choose_page)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setWordWrap(True)

        self.choose_layout.addWidget(self.question_label)

        self.seat_type_label = QLabel(self.choose_page)
        self.seat_type_label.setObjectName(u"seat_type_label")
        self.seat_type_label.setText(u"")

        self.choose_layout.addWidget(self.seat_type_label)

        self.subscription_label = QLabel(self.choose_page)
        self.subscription_label.setObjectName(u"subscription_label")
        self.subscription_label.setText(u"")
        self.subscription_label.setWordWrap(True)

        self.choose_layout.addWidget(self.subscription_label)

        self.scheduled_label = QLabel(self.choose_page)
        self.scheduled_label.setObjectName(u"scheduled_label")
        self.scheduled_label.setText(u"")
        self.scheduled_label.setWordWrap(True)

        self.choose_layout.addWidget(self.scheduled_label)

        self.hint_label = QLabel(self.choose_page)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setWordWrap(True)

        self.choose_layout.addWidget(self.hint_label)

        self.count_row = QHBoxLayout()
        self.count_row.setObjectName(u"count_row")
        self.count_label = QLabel(self.choose_page)
        self.count_label.setObjectName(u"count_label")

        self.count_row.addWidget(self.count_label)

        self.remove_count_spin = QSpinBox(self.choose_page)
        self.remove_count_spin.setObjectName(u"remove_count_spin")

        self.count_row.addWidget(self.remove_count_spin)

        self.count_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.count_row.addItem(self.count_spacer)


        self.choose_layout.addLayout(self.count_row)

        self.boxes_row = QHBoxLayout()
        self.boxes_row.setObjectName(u"boxes_row")
        self.current_box = QGroupBox(self.choose_page)
        self.current_box.setObjectName(u"current_box")
        self.current_box_layout = QVBoxLayout(self.current_box)
        self.current_box_layout.setObjectName(u"current_box_layout")
        self.current_desc_label = QLabel(self.current_box)
        self.current_desc_label.setObjectName(u"current_desc_label")
        self.current_desc_label.setWordWrap(True)

        self.current_box_layout.addWidget(self.current_desc_label)

        self.current_box_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.current_box_layout.addItem(self.current_box_spacer)

        self.current_subscription_value = QLabel(self.current_box)
        self.current_subscription_value.setObjectName(u"current_subscription_value")
        self.current_subscription_value.setText(u"")
        self.current_subscription_value.setWordWrap(True)

        self.current_box_layout.addWidget(self.current_subscription_value)


        self.boxes_row.addWidget(self.current_box)

        self.auto_box = QGroupBox(self.choose_page)
        self.auto_box.setObjectName(u"auto_box")
        self.auto_box.setTitle(u"")
        self.auto_box_layout = QVBoxLayout(self.auto_box)
        self.auto_box_layout.setObjectName(u"auto_box_layout")
        self.auto_desc_label = QLabel(self.auto_box)
        self.auto_desc_label.setObjectName(u"auto_desc_label")
        self.auto_desc_label.setWordWrap(True)

        self.auto_box_layout.addWidget(self.auto_desc_label)

        self.auto_box_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.auto_box_layout.addItem(self.auto_box_spacer)

        self.auto_renewal_value = QLabel(self.auto_box)
        self.auto_renewal_value.setObjectName(u"auto_renewal_value")
        self.auto_renewal_value.setText(u"")
        self.auto_renewal_value.setWordWrap(True)

        self.auto_box_layout.addWidget(self.auto_renewal_value)


        self.boxes_row.addWidget(self.auto_box)


        self.choose_layout.addLayout(self.boxes_row)

        self.saving_label = QLabel(self.choose_page)
        self.saving_label.setObjectName(u"saving_label")
        self.saving_label.setText(u"")
        self.saving_label.setWordWrap(True)

        self.choose_layout.addWidget(self.saving_label)

        self.rule_label = QLabel(self.choose_page)
        self.rule_label.setObjectName(u"rule_label")
        self.rule_label.setWordWrap(True)

        self.choose_layout.addWidget(self.rule_label)

        self.choose_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choose_layout.addItem(self.choose_spacer)

        self.remove_stack.addWidget(self.choose_page)
        self.done_page = QWidget()
        self.done_page.setObjectName(u"done_page")
        self.done_layout = QVBoxLayout(self.done_page)
        self.done_layout.setObjectName(u"done_layout")
        self.done_title_label = QLabel(self.done_page)
        self.done_title_label.setObjectName(u"done_title_label")
        self.done_title_label.setText(u"")
        self.done_title_label.setWordWrap(True)

        self.done_layout.addWidget(self.done_title_label)

        self.done_summary_label = QLabel(self.done_page)
        self.done_summary_label.setObjectName(u"done_summary_label")
        self.done_summary_label.setText(u"")
        self.done_summary_label.setWordWrap(True)

        self.done_layout.addWidget(self.done_summary_label)

        self.reassign_label = QLabel(self.done_page)
        self.reassign_label.setObjectName(u"reassign_label")
        self.reassign_label.setWordWrap(True)

        self.done_layout.addWidget(self.reassign_label)

        self.edit_request_label = QLabel(self.done_page)
        self.edit_request_label.setObjectName(u"edit_request_label")
        self.edit_request_label.setWordWrap(True)

        self.done_layout.addWidget(self.edit_request_label)

        self.done_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.done_layout.addItem(self.done_spacer)

        self.remove_stack.addWidget(self.done_page)

        self.remove_layout.addWidget(self.remove_stack)

        self.remove_buttons = QHBoxLayout()
        self.remove_buttons.setObjectName(u"remove_buttons")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remove_buttons.addItem(self.buttons_spacer)

        self.cancel_button = QPushButton(RemoveSeatsDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"")

        self.remove_buttons.addWidget(self.cancel_button)

        self.confirm_remove_button = QPushButton(RemoveSeatsDialog)
        self.confirm_remove_button.setObjectName(u"confirm_remove_button")
        self.confirm_remove_button.setText(u"")

        self.remove_buttons.addWidget(self.confirm_remove_button)

        self.back_to_billing_button = QPushButton(RemoveSeatsDialog)
        self.back_to_billing_button.setObjectName(u"back_to_billing_button")
        self.back_to_billing_button.setText(u"")

        self.remove_buttons.addWidget(self.back_to_billing_button)


        self.remove_layout.addLayout(self.remove_buttons)

#if QT_CONFIG(shortcut)
        self.count_label.setBuddy(self.remove_count_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RemoveSeatsDialog)

        self.confirm_remove_button.setDefault(True)

    # setupUi

    def retranslateUi(self, RemoveSeatsDialog):
        RemoveSeatsDialog.setWindowTitle(QCoreApplication.translate("RemoveSeatsDialog", u"Remove unassigned seats", None))
        self.question_label.setText(QCoreApplication.translate("RemoveSeatsDialog", u"How many seats do you want to remove?", None))
        self.count_label.setText(QCoreApplication.translate("RemoveSeatsDialog", u"Number of seats to remove", None))
        self.current_box.setTitle(QCoreApplication.translate("RemoveSeatsDialog", u"Current subscription", None))
        self.current_desc_label.setText(QCoreApplication.translate("RemoveSeatsDialog", u"Number of seats you have now.", None))
        self.auto_desc_label.setText(QCoreApplication.translate("RemoveSeatsDialog", u"Billing adjustment that takes effect at the start of your next subscription term.", None))
        self.rule_label.setText(QCoreApplication.translate("RemoveSeatsDialog", u"Removing seats doesn't change your current billing.", None))
        self.reassign_label.setText(QCoreApplication.translate("RemoveSeatsDialog", u"If you reassign seats before their removal takes effect, the removal is cancelled.", None))
        self.edit_request_label.setText(QCoreApplication.translate("RemoveSeatsDialog", u"To change how many seats a removal request removes, cancel the request and schedule a new one.", None))
    # retranslateUi

