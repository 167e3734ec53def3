# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkout_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_CheckoutDialog(object):
    def setupUi(self, CheckoutDialog):
        if not CheckoutDialog.objectName():
            CheckoutDialog.setObjectName(u"CheckoutDialog")
        self.checkout_layout = QVBoxLayout(CheckoutDialog)
        self.checkout_layout.setObjectName(u"checkout_layout")
        self.checkout_intro_label = QLabel(CheckoutDialog)
        self.checkout_intro_label.setObjectName(u"checkout_intro_label")
        self.checkout_intro_label.setWordWrap(True)

        self.checkout_layout.addWidget(self.checkout_intro_label)

        self.changes_table = QTableWidget(CheckoutDialog)
        self.changes_table.setObjectName(u"changes_table")
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.changes_table.setTabKeyNavigation(False)
        self.changes_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.checkout_layout.addWidget(self.changes_table)

        self.free_tools_label = QLabel(CheckoutDialog)
        self.free_tools_label.setObjectName(u"free_tools_label")
        self.free_tools_label.setWordWrap(True)
        self.free_tools_label.setStyleSheet(u"QLabel { background: palette(alternate-base); border-left: 3px solid #d97706; padding: 6px; }")

        self.checkout_layout.addWidget(self.free_tools_label)

        self.term_group = QGroupBox(CheckoutDialog)
        self.term_group.setObjectName(u"term_group")
        self.term_form = QFormLayout(self.term_group)
        self.term_form.setObjectName(u"term_form")
        self.commitment_label = QLabel(self.term_group)
        self.commitment_label.setObjectName(u"commitment_label")

        self.term_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commitment_label)

        self.commitment_combo = QComboBox(self.term_group)
        self.commitment_combo.setObjectName(u"commitment_combo")

        self.term_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commitment_combo)

        self.period_label = QLabel(self.term_group)
        self.period_label.setObjectName(u"period_label")

        self.term_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_combo = QComboBox(self.term_group)
        self.period_combo.setObjectName(u"period_combo")

        self.term_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period_combo)


        self.checkout_layout.addWidget(self.term_group)

        self.cost_now_label = QLabel(CheckoutDialog)
        self.cost_now_label.setObjectName(u"cost_now_label")
        self.cost_now_label.setWordWrap(True)
        self.cost_now_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkout_layout.addWidget(self.cost_now_label)

        self.cost_period_label = QLabel(CheckoutDialog)
        self.cost_period_label.setObjectName(u"cost_period_label")
        self.cost_period_label.setWordWrap(True)
        self.cost_period_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkout_layout.addWidget(self.cost_period_label)

        self.refusal_label = QLabel(CheckoutDialog)
        self.refusal_label.setObjectName(u"refusal_label")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet(u"color: #b91c1c;")

        self.checkout_layout.addWidget(self.refusal_label)

        self.card_note_label = QLabel(CheckoutDialog)
        self.card_note_label.setObjectName(u"card_note_label")
        self.card_note_label.setWordWrap(True)
        self.card_note_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.checkout_layout.addWidget(self.card_note_label)

        self.checkout_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.checkout_layout.addItem(self.checkout_bottom_spacer)

        self.checkout_buttons_row = QHBoxLayout()
        self.checkout_buttons_row.setObjectName(u"checkout_buttons_row")
        self.checkout_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkout_buttons_row.addItem(self.checkout_buttons_spacer)

        self.cancel_button = QPushButton(CheckoutDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")
        self.cancel_button.setAutoDefault(False)

        self.checkout_buttons_row.addWidget(self.cancel_button)

        self.checkout_complete_button = QPushButton(CheckoutDialog)
        self.checkout_complete_button.setObjectName(u"checkout_complete_button")

        self.checkout_buttons_row.addWidget(self.checkout_complete_button)


        self.checkout_layout.addLayout(self.checkout_buttons_row)

#if QT_CONFIG(shortcut)
        self.commitment_label.setBuddy(self.commitment_combo)
        self.period_label.setBuddy(self.period_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckoutDialog)

        self.checkout_complete_button.setDefault(True)

    # setupUi

    def retranslateUi(self, CheckoutDialog):
        CheckoutDialog.setWindowTitle(QCoreApplication.translate("CheckoutDialog", u"Checkout", None))
        self.checkout_intro_label.setText(QCoreApplication.translate("CheckoutDialog", u"Review what changes in your subscriptions, then complete your purchase.", None))
        self.term_group.setTitle(QCoreApplication.translate("CheckoutDialog", u"Term of the new subscription", None))
        self.commitment_label.setText(QCoreApplication.translate("CheckoutDialog", u"Commitment term:", None))
        self.period_label.setText(QCoreApplication.translate("CheckoutDialog", u"Billing period:", None))
        self.card_note_label.setText(QCoreApplication.translate("CheckoutDialog", u"Your credit card is charged every billing period for the whole subscription term, so keep an active card on file. You can update it in your account settings after purchase.", None))
        self.checkout_complete_button.setText(QCoreApplication.translate("CheckoutDialog", u"Complete purchase", None))
    # retranslateUi

