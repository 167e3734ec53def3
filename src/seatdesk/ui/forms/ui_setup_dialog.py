# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        self.setup_layout = QVBoxLayout(SetupDialog)
        self.setup_layout.setObjectName(u"setup_layout")
        self.intro_label = QLabel(SetupDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.setup_layout.addWidget(self.intro_label)

        self.account_group = QGroupBox(SetupDialog)
        self.account_group.setObjectName(u"account_group")
        self.account_form = QFormLayout(self.account_group)
        self.account_form.setObjectName(u"account_form")
        self.account_name_label = QLabel(self.account_group)
        self.account_name_label.setObjectName(u"account_name_label")

        self.account_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.account_name_label)

        self.account_name_edit = QLineEdit(self.account_group)
        self.account_name_edit.setObjectName(u"account_name_edit")

        self.account_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.account_name_edit)

        self.currency_label = QLabel(self.account_group)
        self.currency_label.setObjectName(u"currency_label")

        self.account_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency_combo = QComboBox(self.account_group)
        self.currency_combo.setObjectName(u"currency_combo")

        self.account_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currency_combo)

        self.seat_model_label = QLabel(self.account_group)
        self.seat_model_label.setObjectName(u"seat_model_label")

        self.account_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.seat_model_label)

        self.seat_model_combo = QComboBox(self.account_group)
        self.seat_model_combo.setObjectName(u"seat_model_combo")

        self.account_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.seat_model_combo)


        self.setup_layout.addWidget(self.account_group)

        self.subscriptions_group = QGroupBox(SetupDialog)
        self.subscriptions_group.setObjectName(u"subscriptions_group")
        self.hubs_layout = QGridLayout(self.subscriptions_group)
        self.hubs_layout.setObjectName(u"hubs_layout")

        self.setup_layout.addWidget(self.subscriptions_group)

        self.term_group = QGroupBox(SetupDialog)
        self.term_group.setObjectName(u"term_group")
        self.term_form = QFormLayout(self.term_group)
        self.term_form.setObjectName(u"term_form")
        self.term_start_label = QLabel(self.term_group)
        self.term_start_label.setObjectName(u"term_start_label")

        self.term_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.term_start_label)

        self.term_start_edit = QDateEdit(self.term_group)
        self.term_start_edit.setObjectName(u"term_start_edit")
        self.term_start_edit.setCalendarPopup(True)

        self.term_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.term_start_edit)

        self.commitment_label = QLabel(self.term_group)
        self.commitment_label.setObjectName(u"commitment_label")

        self.term_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commitment_label)

        self.commitment_combo = QComboBox(self.term_group)
        self.commitment_combo.setObjectName(u"commitment_combo")

        self.term_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commitment_combo)

        self.billing_period_label = QLabel(self.term_group)
        self.billing_period_label.setObjectName(u"billing_period_label")

        self.term_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.billing_period_label)

        self.billing_period_combo = QComboBox(self.term_group)
        self.billing_period_combo.setObjectName(u"billing_period_combo")

        self.term_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.billing_period_combo)

        self.renewal_label = QLabel(self.term_group)
        self.renewal_label.setObjectName(u"renewal_label")

        self.term_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.renewal_label)

        self.renewal_value_label = QLabel(self.term_group)
        self.renewal_value_label.setObjectName(u"renewal_value_label")
        self.renewal_value_label.setText(u"")

        self.term_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.renewal_value_label)

        self.auto_renew_check = QCheckBox(self.term_group)
        self.auto_renew_check.setObjectName(u"auto_renew_check")
        self.auto_renew_check.setChecked(True)

        self.term_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.auto_renew_check)


        self.setup_layout.addWidget(self.term_group)

        self.admin_group = QGroupBox(SetupDialog)
        self.admin_group.setObjectName(u"admin_group")
        self.admin_form = QFormLayout(self.admin_group)
        self.admin_form.setObjectName(u"admin_form")
        self.admin_email_label = QLabel(self.admin_group)
        self.admin_email_label.setObjectName(u"admin_email_label")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.admin_email_label)

        self.admin_email_edit = QLineEdit(self.admin_group)
        self.admin_email_edit.setObjectName(u"admin_email_edit")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.admin_email_edit)

        self.admin_first_name_label = QLabel(self.admin_group)
        self.admin_first_name_label.setObjectName(u"admin_first_name_label")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.admin_first_name_label)

        self.admin_first_name_edit = QLineEdit(self.admin_group)
        self.admin_first_name_edit.setObjectName(u"admin_first_name_edit")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.admin_first_name_edit)

        self.admin_last_name_label = QLabel(self.admin_group)
        self.admin_last_name_label.setObjectName(u"admin_last_name_label")

        self.admin_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.admin_last_name_label)

        self.admin_last_name_edit = QLineEdit(self.admin_group)
        self.admin_last_name_edit.setObjectName(u"admin_last_name_edit")

        self.admin_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.admin_last_name_edit)


        self.setup_layout.addWidget(self.admin_group)

        self.error_label = QLabel(SetupDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.setup_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SetupDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.setup_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.account_name_label.setBuddy(self.account_name_edit)
        self.currency_label.setBuddy(self.currency_combo)
        self.seat_model_label.setBuddy(self.seat_model_combo)
        self.term_start_label.setBuddy(self.term_start_edit)
        self.commitment_label.setBuddy(self.commitment_combo)
        self.billing_period_label.setBuddy(self.billing_period_combo)
        self.admin_email_label.setBuddy(self.admin_email_edit)
        self.admin_first_name_label.setBuddy(self.admin_first_name_edit)
        self.admin_last_name_label.setBuddy(self.admin_last_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Set up the account to plan", None))
        self.intro_label.setText(QCoreApplication.translate("SetupDialog", u"Describe the CRM account you want to plan: its subscriptions, its seat model and the super admin you act as. Prices come from the price catalog.", None))
        self.account_group.setTitle(QCoreApplication.translate("SetupDialog", u"Account", None))
        self.account_name_label.setText(QCoreApplication.translate("SetupDialog", u"Account name", None))
        self.currency_label.setText(QCoreApplication.translate("SetupDialog", u"Currency", None))
        self.seat_model_label.setText(QCoreApplication.translate("SetupDialog", u"Seat model", None))
        self.subscriptions_group.setTitle(QCoreApplication.translate("SetupDialog", u"Hub subscriptions", None))
        self.term_group.setTitle(QCoreApplication.translate("SetupDialog", u"Term", None))
        self.term_start_label.setText(QCoreApplication.translate("SetupDialog", u"Term start", None))
        self.commitment_label.setText(QCoreApplication.translate("SetupDialog", u"Commitment term", None))
        self.billing_period_label.setText(QCoreApplication.translate("SetupDialog", u"Billing period", None))
        self.renewal_label.setText(QCoreApplication.translate("SetupDialog", u"Renewal date", None))
        self.auto_renew_check.setText(QCoreApplication.translate("SetupDialog", u"Auto-renewal", None))
        self.admin_group.setTitle(QCoreApplication.translate("SetupDialog", u"Super admin you act as", None))
        self.admin_email_label.setText(QCoreApplication.translate("SetupDialog", u"Email", None))
        self.admin_first_name_label.setText(QCoreApplication.translate("SetupDialog", u"First name", None))
        self.admin_last_name_label.setText(QCoreApplication.translate("SetupDialog", u"Last name", None))
    # retranslateUi

