# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reclaim_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout

class Ui_ReclaimPage(object):
    def setupUi(self, reclaim_page):
        if not reclaim_page.objectName():
            reclaim_page.setObjectName(u"reclaim_page")
        self.reclaim_layout = QVBoxLayout(reclaim_page)
        self.reclaim_layout.setObjectName(u"reclaim_layout")
        self.reclaim_heading = QLabel(reclaim_page)
        self.reclaim_heading.setObjectName(u"reclaim_heading")
        self.reclaim_heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.reclaim_layout.addWidget(self.reclaim_heading)

        self.reclaim_desc_label = QLabel(reclaim_page)
        self.reclaim_desc_label.setObjectName(u"reclaim_desc_label")
        self.reclaim_desc_label.setWordWrap(True)

        self.reclaim_layout.addWidget(self.reclaim_desc_label)

        self.reclaim_days_row = QHBoxLayout()
        self.reclaim_days_row.setObjectName(u"reclaim_days_row")
        self.idle_days_label = QLabel(reclaim_page)
        self.idle_days_label.setObjectName(u"idle_days_label")

        self.reclaim_days_row.addWidget(self.idle_days_label)

        self.idle_days_spin = QSpinBox(reclaim_page)
        self.idle_days_spin.setObjectName(u"idle_days_spin")
        self.idle_days_spin.setMinimum(1)
        self.idle_days_spin.setMaximum(3650)
        self.idle_days_spin.setValue(30)
        self.idle_days_spin.setKeyboardTracking(False)

        self.reclaim_days_row.addWidget(self.idle_days_spin)

        self.idle_30_button = QPushButton(reclaim_page)
        self.idle_30_button.setObjectName(u"idle_30_button")
        self.idle_30_button.setAutoDefault(False)

        self.reclaim_days_row.addWidget(self.idle_30_button)

        self.idle_60_button = QPushButton(reclaim_page)
        self.idle_60_button.setObjectName(u"idle_60_button")
        self.idle_60_button.setAutoDefault(False)

        self.reclaim_days_row.addWidget(self.idle_60_button)

        self.idle_90_button = QPushButton(reclaim_page)
        self.idle_90_button.setObjectName(u"idle_90_button")
        self.idle_90_button.setAutoDefault(False)

        self.reclaim_days_row.addWidget(self.idle_90_button)

        self.reclaim_days_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reclaim_days_row.addItem(self.reclaim_days_spacer)

        self.reclaim_in_plan_button = QPushButton(reclaim_page)
        self.reclaim_in_plan_button.setObjectName(u"reclaim_in_plan_button")

        self.reclaim_days_row.addWidget(self.reclaim_in_plan_button)


        self.reclaim_layout.addLayout(self.reclaim_days_row)

        self.reclaim_table = QTableView(reclaim_page)
        self.reclaim_table.setObjectName(u"reclaim_table")
        self.reclaim_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reclaim_table.setSortingEnabled(True)
        self.reclaim_table.setWordWrap(False)

        self.reclaim_layout.addWidget(self.reclaim_table)

        self.reclaim_saving_label = QLabel(reclaim_page)
        self.reclaim_saving_label.setObjectName(u"reclaim_saving_label")
        self.reclaim_saving_label.setWordWrap(True)
        self.reclaim_saving_label.setTextFormat(Qt.TextFormat.PlainText)

        self.reclaim_layout.addWidget(self.reclaim_saving_label)

#if QT_CONFIG(shortcut)
        self.idle_days_label.setBuddy(self.idle_days_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(reclaim_page)
    # setupUi

    def retranslateUi(self, reclaim_page):
        self.reclaim_heading.setText(QCoreApplication.translate("ReclaimPage", u"Reclaim", None))
        self.reclaim_desc_label.setText(QCoreApplication.translate("ReclaimPage", u"Paid seats held by users with no activity for a number of days, by invitations not accepted after that many days and by deactivated users. Taking a seat back unassigns it; the additional seats freed are removed at the renewal, the included ones stay.", None))
        self.idle_days_label.setText(QCoreApplication.translate("ReclaimPage", u"Days without activity:", None))
        self.reclaim_in_plan_button.setText(QCoreApplication.translate("ReclaimPage", u"Reclaim in a plan\u2026", None))
        pass
    # retranslateUi

