# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'billing_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

class Ui_BillingPage(object):
    def setupUi(self, billing_tab):
        if not billing_tab.objectName():
            billing_tab.setObjectName(u"billing_tab")
        self.billing_layout = QVBoxLayout(billing_tab)
        self.billing_layout.setObjectName(u"billing_layout")
        self.billing_heading = QLabel(billing_tab)
        self.billing_heading.setObjectName(u"billing_heading")
        self.billing_heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.billing_layout.addWidget(self.billing_heading)

        self.billing_tabs = QTabWidget(billing_tab)
        self.billing_tabs.setObjectName(u"billing_tabs")

        self.billing_layout.addWidget(self.billing_tabs)

        self.catalog_note_label = QLabel(billing_tab)
        self.catalog_note_label.setObjectName(u"catalog_note_label")
        self.catalog_note_label.setText(u"")
        self.catalog_note_label.setWordWrap(True)

        self.billing_layout.addWidget(self.catalog_note_label)

        self.billing_rule_label = QLabel(billing_tab)
        self.billing_rule_label.setObjectName(u"billing_rule_label")
        self.billing_rule_label.setWordWrap(True)

        self.billing_layout.addWidget(self.billing_rule_label)


        self.retranslateUi(billing_tab)
    # setupUi

    def retranslateUi(self, billing_tab):
        self.billing_heading.setText(QCoreApplication.translate("BillingPage", u"Account & Billing", None))
        self.billing_rule_label.setText(QCoreApplication.translate("BillingPage", u"Removing seats doesn't change your current billing: it takes effect after your renewal date, at the start of your next subscription term.", None))
        pass
    # retranslateUi

