# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_UsersPage(object):
    def setupUi(self, users_tab):
        if not users_tab.objectName():
            users_tab.setObjectName(u"users_tab")
        self.users_layout = QVBoxLayout(users_tab)
        self.users_layout.setObjectName(u"users_layout")
        self.users_header_row = QHBoxLayout()
        self.users_header_row.setObjectName(u"users_header_row")
        self.users_heading = QLabel(users_tab)
        self.users_heading.setObjectName(u"users_heading")
        self.users_heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.users_header_row.addWidget(self.users_heading)

        self.users_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.users_header_row.addItem(self.users_header_spacer)

        self.outbox_button = QPushButton(users_tab)
        self.outbox_button.setObjectName(u"outbox_button")

        self.users_header_row.addWidget(self.outbox_button)

        self.create_user_button = QPushButton(users_tab)
        self.create_user_button.setObjectName(u"create_user_button")

        self.users_header_row.addWidget(self.create_user_button)


        self.users_layout.addLayout(self.users_header_row)

        self.users_desc_label = QLabel(users_tab)
        self.users_desc_label.setObjectName(u"users_desc_label")
        self.users_desc_label.setWordWrap(True)

        self.users_layout.addWidget(self.users_desc_label)

        self.users_filter_row = QHBoxLayout()
        self.users_filter_row.setObjectName(u"users_filter_row")
        self.users_search_edit = QLineEdit(users_tab)
        self.users_search_edit.setObjectName(u"users_search_edit")
        self.users_search_edit.setClearButtonEnabled(True)

        self.users_filter_row.addWidget(self.users_search_edit)

        self.users_count_label = QLabel(users_tab)
        self.users_count_label.setObjectName(u"users_count_label")
        self.users_count_label.setText(u"")

        self.users_filter_row.addWidget(self.users_count_label)

        self.users_actions_button = QPushButton(users_tab)
        self.users_actions_button.setObjectName(u"users_actions_button")

        self.users_filter_row.addWidget(self.users_actions_button)


        self.users_layout.addLayout(self.users_filter_row)

        self.users_filters_row = QHBoxLayout()
        self.users_filters_row.setObjectName(u"users_filters_row")

        self.users_layout.addLayout(self.users_filters_row)

        self.users_table = QTableView(users_tab)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSortingEnabled(True)
        self.users_table.setAlternatingRowColors(True)
        self.users_table.setWordWrap(False)
        self.users_table.setTabKeyNavigation(False)

        self.users_layout.addWidget(self.users_table)


        self.retranslateUi(users_tab)

        self.create_user_button.setDefault(True)

    # setupUi

    def retranslateUi(self, users_tab):
        self.users_heading.setText(QCoreApplication.translate("UsersPage", u"Users", None))
        self.outbox_button.setText(QCoreApplication.translate("UsersPage", u"Outbox", None))
        self.create_user_button.setText(QCoreApplication.translate("UsersPage", u"Create user", None))
        self.users_desc_label.setText(QCoreApplication.translate("UsersPage", u"Your users with their teams, access level, seat type and last active date.", None))
        self.users_search_edit.setPlaceholderText(QCoreApplication.translate("UsersPage", u"Search users", None))
        self.users_actions_button.setText(QCoreApplication.translate("UsersPage", u"Actions", None))
        pass
    # retranslateUi

