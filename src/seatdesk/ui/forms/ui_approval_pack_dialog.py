# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approval_pack_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ApprovalPackDialog(object):
    def setupUi(self, ApprovalPackDialog):
        if not ApprovalPackDialog.objectName():
            ApprovalPackDialog.setObjectName(u"ApprovalPackDialog")
        self.approval_layout = QVBoxLayout(ApprovalPackDialog)
        self.approval_layout.setObjectName(u"approval_layout")
        self.approval_intro_label = QLabel(ApprovalPackDialog)
        self.approval_intro_label.setObjectName(u"approval_intro_label")
        self.approval_intro_label.setWordWrap(True)

        self.approval_layout.addWidget(self.approval_intro_label)

        self.approval_form = QFormLayout()
        self.approval_form.setObjectName(u"approval_form")
        self.approval_months_label = QLabel(ApprovalPackDialog)
        self.approval_months_label.setObjectName(u"approval_months_label")

        self.approval_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.approval_months_label)

        self.approval_months_combo = QComboBox(ApprovalPackDialog)
        self.approval_months_combo.setObjectName(u"approval_months_combo")

        self.approval_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.approval_months_combo)

        self.approval_pdf_label = QLabel(ApprovalPackDialog)
        self.approval_pdf_label.setObjectName(u"approval_pdf_label")

        self.approval_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approval_pdf_label)

        self.approval_path_row = QHBoxLayout()
        self.approval_path_row.setObjectName(u"approval_path_row")
        self.approval_pdf_path_edit = QLineEdit(ApprovalPackDialog)
        self.approval_pdf_path_edit.setObjectName(u"approval_pdf_path_edit")

        self.approval_path_row.addWidget(self.approval_pdf_path_edit)

        self.approval_choose_button = QPushButton(ApprovalPackDialog)
        self.approval_choose_button.setObjectName(u"approval_choose_button")
        self.approval_choose_button.setAutoDefault(False)

        self.approval_path_row.addWidget(self.approval_choose_button)


        self.approval_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.approval_path_row)

        self.approval_csv_check = QCheckBox(ApprovalPackDialog)
        self.approval_csv_check.setObjectName(u"approval_csv_check")
        self.approval_csv_check.setChecked(True)

        self.approval_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approval_csv_check)


        self.approval_layout.addLayout(self.approval_form)

        self.approval_csv_path_label = QLabel(ApprovalPackDialog)
        self.approval_csv_path_label.setObjectName(u"approval_csv_path_label")
        self.approval_csv_path_label.setWordWrap(True)
        self.approval_csv_path_label.setTextFormat(Qt.TextFormat.PlainText)

        self.approval_layout.addWidget(self.approval_csv_path_label)

        self.approval_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.approval_layout.addItem(self.approval_spacer)

        self.approval_buttons_row = QHBoxLayout()
        self.approval_buttons_row.setObjectName(u"approval_buttons_row")
        self.approval_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.approval_buttons_row.addItem(self.approval_buttons_spacer)

        self.cancel_button = QPushButton(ApprovalPackDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")
        self.cancel_button.setAutoDefault(False)

        self.approval_buttons_row.addWidget(self.cancel_button)

        self.approval_save_button = QPushButton(ApprovalPackDialog)
        self.approval_save_button.setObjectName(u"approval_save_button")

        self.approval_buttons_row.addWidget(self.approval_save_button)


        self.approval_layout.addLayout(self.approval_buttons_row)

#if QT_CONFIG(shortcut)
        self.approval_months_label.setBuddy(self.approval_months_combo)
        self.approval_pdf_label.setBuddy(self.approval_pdf_path_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalPackDialog)

        self.approval_save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ApprovalPackDialog):
        ApprovalPackDialog.setWindowTitle(QCoreApplication.translate("ApprovalPackDialog", u"Approval pack", None))
        self.approval_intro_label.setText(QCoreApplication.translate("ApprovalPackDialog", u"The approval pack shows this plan beside its account: a summary, the comparison, the projection as a chart and a table, the changes made in the plan and the seats it takes back. It is written in the language of the window.", None))
        self.approval_months_label.setText(QCoreApplication.translate("ApprovalPackDialog", u"Projection over:", None))
        self.approval_pdf_label.setText(QCoreApplication.translate("ApprovalPackDialog", u"PDF file:", None))
        self.approval_choose_button.setText(QCoreApplication.translate("ApprovalPackDialog", u"Choose\u2026", None))
        self.approval_csv_check.setText(QCoreApplication.translate("ApprovalPackDialog", u"Also save the changes as a CSV file beside it", None))
        self.approval_save_button.setText(QCoreApplication.translate("ApprovalPackDialog", u"Save pack", None))
    # retranslateUi

