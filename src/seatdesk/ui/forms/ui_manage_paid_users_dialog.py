# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'manage_paid_users_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_ManagePaidUsersDialog(object):
    def setupUi(self, ManagePaidUsersDialog):
        if not ManagePaidUsersDialog.objectName():
            ManagePaidUsersDialog.setObjectName(u"ManagePaidUsersDialog")
        ManagePaidUsersDialog.resize(820, 560)
        self.paid_layout = QVBoxLayout(ManagePaidUsersDialog)
        self.paid_layout.setObjectName(u"paid_layout")
        self.intro_label = QLabel(ManagePaidUsersDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.paid_layout.addWidget(self.intro_label)

        self.paid_search_edit = QLineEdit(ManagePaidUsersDialog)
        self.paid_search_edit.setObjectName(u"paid_search_edit")
        self.paid_search_edit.setClearButtonEnabled(True)

        self.paid_layout.addWidget(self.paid_search_edit)

        self.paid_users_table = QTableWidget(ManagePaidUsersDialog)
        self.paid_users_table.setObjectName(u"paid_users_table")
        self.paid_users_table.setAlternatingRowColors(True)
        self.paid_users_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.paid_layout.addWidget(self.paid_users_table)

        self.paid_bottom_row = QHBoxLayout()
        self.paid_bottom_row.setObjectName(u"paid_bottom_row")
        self.remove_access_label = QLabel(ManagePaidUsersDialog)
        self.remove_access_label.setObjectName(u"remove_access_label")
        self.remove_access_label.setWordWrap(True)

        self.paid_bottom_row.addWidget(self.remove_access_label)

        self.seats_counter_label = QLabel(ManagePaidUsersDialog)
        self.seats_counter_label.setObjectName(u"seats_counter_label")
        self.seats_counter_label.setText(u"")
        self.seats_counter_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.paid_bottom_row.addWidget(self.seats_counter_label)


        self.paid_layout.addLayout(self.paid_bottom_row)

        self.paid_buttons = QHBoxLayout()
        self.paid_buttons.setObjectName(u"paid_buttons")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paid_buttons.addItem(self.buttons_spacer)

        self.cancel_button = QPushButton(ManagePaidUsersDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"")

        self.paid_buttons.addWidget(self.cancel_button)

        self.save_button = QPushButton(ManagePaidUsersDialog)
        self.save_button.setObjectName(u"save_button")

        self.paid_buttons.addWidget(self.save_button)


        self.paid_layout.addLayout(self.paid_buttons)


        self.retranslateUi(ManagePaidUsersDialog)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ManagePaidUsersDialog):
        ManagePaidUsersDialog.setWindowTitle(QCoreApplication.translate("ManagePaidUsersDialog", u"Manage paid users", None))
        self.intro_label.setText(QCoreApplication.translate("ManagePaidUsersDialog", u"Each time you give a user access to paid features, you assign one seat.", None))
        self.paid_search_edit.setPlaceholderText(QCoreApplication.translate("ManagePaidUsersDialog", u"Search users", None))
        self.remove_access_label.setText(QCoreApplication.translate("ManagePaidUsersDialog", u"To remove a user who has a seat, first remove their Sales Hub or Service Hub access in user permissions.", None))
        self.save_button.setText(QCoreApplication.translate("ManagePaidUsersDialog", u"Save", None))
    # retranslateUi

