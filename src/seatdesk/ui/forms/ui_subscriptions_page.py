# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subscriptions_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QScrollArea, QSizePolicy, QTableView, QVBoxLayout, QWidget

class Ui_SubscriptionsPage(object):
    def setupUi(self, subscriptions_tab):
        if not subscriptions_tab.objectName():
            subscriptions_tab.setObjectName(u"subscriptions_tab")
        self.subscriptions_page_layout = QVBoxLayout(subscriptions_tab)
        self.subscriptions_page_layout.setObjectName(u"subscriptions_page_layout")
        self.subscriptions_page_layout.setContentsMargins(4, -1, 4, -1)
        self.subscriptions_table = QTableView(subscriptions_tab)
        self.subscriptions_table.setObjectName(u"subscriptions_table")
        self.subscriptions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subscriptions_table.setWordWrap(True)
        self.subscriptions_table.setTabKeyNavigation(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.subscriptions_table.sizePolicy().hasHeightForWidth())
        self.subscriptions_table.setSizePolicy(sizePolicy)

        self.subscriptions_page_layout.addWidget(self.subscriptions_table)

        self.committed_heading = QLabel(subscriptions_tab)
        self.committed_heading.setObjectName(u"committed_heading")
        self.committed_heading.setStyleSheet(u"font-weight: 600;")

        self.subscriptions_page_layout.addWidget(self.committed_heading)

        self.committed_scroll = QScrollArea(subscriptions_tab)
        self.committed_scroll.setObjectName(u"committed_scroll")
        self.committed_scroll.setWidgetResizable(True)
        self.committed_scroll.setFrameShape(QFrame.Shape.NoFrame)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.committed_scroll.sizePolicy().hasHeightForWidth())
        self.committed_scroll.setSizePolicy(sizePolicy1)
        self.committed_area = QWidget()
        self.committed_area.setObjectName(u"committed_area")
        self.committed_layout = QVBoxLayout(self.committed_area)
        self.committed_layout.setObjectName(u"committed_layout")
        self.committed_scroll.setWidget(self.committed_area)

        self.subscriptions_page_layout.addWidget(self.committed_scroll)


        self.retranslateUi(subscriptions_tab)
    # setupUi

    def retranslateUi(self, subscriptions_tab):
        self.committed_heading.setText(QCoreApplication.translate("SubscriptionsPage", u"Committed terms", None))
        pass
    # retranslateUi

