# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        self.restore_layout = QVBoxLayout(RestoreDialog)
        self.restore_layout.setObjectName(u"restore_layout")
        self.restore_intro_label = QLabel(RestoreDialog)
        self.restore_intro_label.setObjectName(u"restore_intro_label")
        self.restore_intro_label.setWordWrap(True)

        self.restore_layout.addWidget(self.restore_intro_label)

        self.backups_list = QListWidget(RestoreDialog)
        self.backups_list.setObjectName(u"backups_list")

        self.restore_layout.addWidget(self.backups_list)

        self.restore_buttons_row = QHBoxLayout()
        self.restore_buttons_row.setObjectName(u"restore_buttons_row")
        self.restore_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.restore_buttons_row.addItem(self.restore_buttons_spacer)

        self.cancel_button = QPushButton(RestoreDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")
        self.cancel_button.setAutoDefault(False)

        self.restore_buttons_row.addWidget(self.cancel_button)

        self.restore_button = QPushButton(RestoreDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.restore_buttons_row.addWidget(self.restore_button)


        self.restore_layout.addLayout(self.restore_buttons_row)


        self.retranslateUi(RestoreDialog)

        self.restore_button.setDefault(True)

    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.restore_intro_label.setText(QCoreApplication.translate("RestoreDialog", u"seatdesk copies this database before a renewal, a database update and a bulk action on many users, and when you back it up. Choose the copy to go back to: what was changed since is replaced (the current state is copied first).", None))
        self.restore_button.setText(QCoreApplication.translate("RestoreDialog", u"Restore", None))
    # retranslateUi

