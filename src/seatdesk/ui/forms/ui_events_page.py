# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout

class Ui_EventsPage(object):
    def setupUi(self, events_page):
        if not events_page.objectName():
            events_page.setObjectName(u"events_page")
        self.events_layout = QVBoxLayout(events_page)
        self.events_layout.setObjectName(u"events_layout")
        self.events_heading = QLabel(events_page)
        self.events_heading.setObjectName(u"events_heading")
        self.events_heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.events_layout.addWidget(self.events_heading)

        self.events_table = QTableView(events_page)
        self.events_table.setObjectName(u"events_table")
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setSortingEnabled(False)
        self.events_table.setAlternatingRowColors(True)
        self.events_table.setWordWrap(False)
        self.events_table.setTabKeyNavigation(False)

        self.events_layout.addWidget(self.events_table)


        self.retranslateUi(events_page)
    # setupUi

    def retranslateUi(self, events_page):
        self.events_heading.setText(QCoreApplication.translate("EventsPage", u"Event log", None))
        pass
    # retranslateUi

