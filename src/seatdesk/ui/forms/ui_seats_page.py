# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seats_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_SeatsPage(object):
    def setupUi(self, seats_tab):
        if not seats_tab.objectName():
            seats_tab.setObjectName(u"seats_tab")
        self.seats_layout = QVBoxLayout(seats_tab)
        self.seats_layout.setObjectName(u"seats_layout")
        self.seats_heading = QLabel(seats_tab)
        self.seats_heading.setObjectName(u"seats_heading")
        self.seats_heading.setStyleSheet(u"font-size: 15pt; font-weight: 600; padding-right: 12px;")

        self.seats_layout.addWidget(self.seats_heading)

        self.paid_seats_row = QHBoxLayout()
        self.paid_seats_row.setObjectName(u"paid_seats_row")
        self.paid_seats_label = QLabel(seats_tab)
        self.paid_seats_label.setObjectName(u"paid_seats_label")
        self.paid_seats_label.setText(u"")

        self.paid_seats_row.addWidget(self.paid_seats_label)

        self.legacy_remove_button = QPushButton(seats_tab)
        self.legacy_remove_button.setObjectName(u"legacy_remove_button")

        self.paid_seats_row.addWidget(self.legacy_remove_button)

        self.paid_seats_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paid_seats_row.addItem(self.paid_seats_spacer)

        self.change_seat_button = QPushButton(seats_tab)
        self.change_seat_button.setObjectName(u"change_seat_button")

        self.paid_seats_row.addWidget(self.change_seat_button)


        self.seats_layout.addLayout(self.paid_seats_row)

        self.seats_desc_label = QLabel(seats_tab)
        self.seats_desc_label.setObjectName(u"seats_desc_label")
        self.seats_desc_label.setWordWrap(True)

        self.seats_layout.addWidget(self.seats_desc_label)

        self.seat_summaries_layout = QVBoxLayout()
        self.seat_summaries_layout.setObjectName(u"seat_summaries_layout")

        self.seats_layout.addLayout(self.seat_summaries_layout)

        self.free_seats_row = QHBoxLayout()
        self.free_seats_row.setObjectName(u"free_seats_row")
        self.free_seats_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.free_seats_row.addItem(self.free_seats_spacer)


        self.seats_layout.addLayout(self.free_seats_row)

        self.seats_filter_row = QHBoxLayout()
        self.seats_filter_row.setObjectName(u"seats_filter_row")
        self.seats_search_edit = QLineEdit(seats_tab)
        self.seats_search_edit.setObjectName(u"seats_search_edit")
        self.seats_search_edit.setClearButtonEnabled(True)

        self.seats_filter_row.addWidget(self.seats_search_edit)

        self.seats_count_label = QLabel(seats_tab)
        self.seats_count_label.setObjectName(u"seats_count_label")
        self.seats_count_label.setText(u"")

        self.seats_filter_row.addWidget(self.seats_count_label)


        self.seats_layout.addLayout(self.seats_filter_row)

        self.seats_filters_row = QHBoxLayout()
        self.seats_filters_row.setObjectName(u"seats_filters_row")

        self.seats_layout.addLayout(self.seats_filters_row)

        self.seats_table = QTableView(seats_tab)
        self.seats_table.setObjectName(u"seats_table")
        self.seats_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seats_table.setSortingEnabled(True)
        self.seats_table.setAlternatingRowColors(True)
        self.seats_table.setWordWrap(False)
        self.seats_table.setTabKeyNavigation(False)

        self.seats_layout.addWidget(self.seats_table)


        self.retranslateUi(seats_tab)
    # setupUi

    def retranslateUi(self, seats_tab):
        self.seats_heading.setText(QCoreApplication.translate("SeatsPage", u"Seats", None))
        self.legacy_remove_button.setText(QCoreApplication.translate("SeatsPage", u"Remove unassigned seats", None))
        self.change_seat_button.setText(QCoreApplication.translate("SeatsPage", u"Change seat", None))
        self.seats_desc_label.setText(QCoreApplication.translate("SeatsPage", u"View seat assignments, invitation status and last active dates for the users in your account.", None))
        self.seats_search_edit.setPlaceholderText(QCoreApplication.translate("SeatsPage", u"Search users", None))
        pass
    # retranslateUi

