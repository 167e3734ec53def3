# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sales_draft_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SalesDraftDialog(object):
    def setupUi(self, SalesDraftDialog):
        if not SalesDraftDialog.objectName():
            SalesDraftDialog.setObjectName(u"SalesDraftDialog")
        self.draft_layout = QVBoxLayout(SalesDraftDialog)
        self.draft_layout.setObjectName(u"draft_layout")
        self.draft_intro_label = QLabel(SalesDraftDialog)
        self.draft_intro_label.setObjectName(u"draft_intro_label")
        self.draft_intro_label.setWordWrap(True)

        self.draft_layout.addWidget(self.draft_intro_label)

        self.sales_draft_edit = QPlainTextEdit(SalesDraftDialog)
        self.sales_draft_edit.setObjectName(u"sales_draft_edit")
        self.sales_draft_edit.setTabChangesFocus(True)

        self.draft_layout.addWidget(self.sales_draft_edit)

        self.draft_buttons_row = QHBoxLayout()
        self.draft_buttons_row.setObjectName(u"draft_buttons_row")
        self.copy_draft_button = QPushButton(SalesDraftDialog)
        self.copy_draft_button.setObjectName(u"copy_draft_button")
        self.copy_draft_button.setAutoDefault(False)

        self.draft_buttons_row.addWidget(self.copy_draft_button)

        self.save_draft_button = QPushButton(SalesDraftDialog)
        self.save_draft_button.setObjectName(u"save_draft_button")
        self.save_draft_button.setAutoDefault(False)

        self.draft_buttons_row.addWidget(self.save_draft_button)

        self.draft_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draft_buttons_row.addItem(self.draft_buttons_spacer)

        self.cancel_button = QPushButton(SalesDraftDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.draft_buttons_row.addWidget(self.cancel_button)


        self.draft_layout.addLayout(self.draft_buttons_row)


        self.retranslateUi(SalesDraftDialog)

        self.cancel_button.setDefault(True)

    # setupUi

    def retranslateUi(self, SalesDraftDialog):
        SalesDraftDialog.setWindowTitle(QCoreApplication.translate("SalesDraftDialog", u"Talk to Sales", None))
        self.draft_intro_label.setText(QCoreApplication.translate("SalesDraftDialog", u"Call or message a HubSpot sales rep about the subscription. seatdesk works offline: here is a draft of what to ask, to copy into your message or keep as notes for the call.", None))
        self.copy_draft_button.setText(QCoreApplication.translate("SalesDraftDialog", u"Copy", None))
        self.save_draft_button.setText(QCoreApplication.translate("SalesDraftDialog", u"Save as\u2026", None))
        self.cancel_button.setText(QCoreApplication.translate("SalesDraftDialog", u"Close", None))
    # retranslateUi

