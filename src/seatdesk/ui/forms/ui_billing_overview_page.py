# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'billing_overview_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

class Ui_BillingOverviewPage(object):
    def setupUi(self, overview_tab):
        if not overview_tab.objectName():
            overview_tab.setObjectName(u"overview_tab")
        self.products_page_layout = QVBoxLayout(overview_tab)
        self.products_page_layout.setObjectName(u"products_page_layout")
        self.products_page_layout.setContentsMargins(4, -1, 4, -1)
        self.products_heading = QLabel(overview_tab)
        self.products_heading.setObjectName(u"products_heading")
        self.products_heading.setStyleSheet(u"font-weight: 600;")

        self.products_page_layout.addWidget(self.products_heading)

        self.products_scroll = QScrollArea(overview_tab)
        self.products_scroll.setObjectName(u"products_scroll")
        self.products_scroll.setWidgetResizable(True)
        self.products_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.products_area = QWidget()
        self.products_area.setObjectName(u"products_area")
        self.products_layout = QVBoxLayout(self.products_area)
        self.products_layout.setObjectName(u"products_layout")
        self.products_scroll.setWidget(self.products_area)

        self.products_page_layout.addWidget(self.products_scroll)


        self.retranslateUi(overview_tab)
    # setupUi

    def retranslateUi(self, overview_tab):
        self.products_heading.setText(QCoreApplication.translate("BillingOverviewPage", u"Products & Add-ons", None))
        pass
    # retranslateUi

