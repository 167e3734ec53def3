# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outbox_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout

class Ui_OutboxDialog(object):
    def setupUi(self, OutboxDialog):
        if not OutboxDialog.objectName():
            OutboxDialog.setObjectName(u"OutboxDialog")
        self.outbox_layout = QVBoxLayout(OutboxDialog)
        self.outbox_layout.setObjectName(u"outbox_layout")
        self.outbox_desc_label = QLabel(OutboxDialog)
        self.outbox_desc_label.setObjectName(u"outbox_desc_label")
        self.outbox_desc_label.setWordWrap(True)

        self.outbox_layout.addWidget(self.outbox_desc_label)

        self.outbox_splitter = QSplitter(OutboxDialog)
        self.outbox_splitter.setObjectName(u"outbox_splitter")
        self.outbox_splitter.setOrientation(Qt.Orientation.Vertical)
        self.outbox_table = QTableView(self.outbox_splitter)
        self.outbox_table.setObjectName(u"outbox_table")
        self.outbox_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outbox_table.setAlternatingRowColors(True)
        self.outbox_table.setSortingEnabled(True)
        self.outbox_table.setWordWrap(False)
        self.outbox_splitter.addWidget(self.outbox_table)
        self.message_view = QTextBrowser(self.outbox_splitter)
        self.message_view.setObjectName(u"message_view")
        self.message_view.setOpenLinks(False)
        self.outbox_splitter.addWidget(self.message_view)

        self.outbox_layout.addWidget(self.outbox_splitter)

        self.outbox_buttons = QHBoxLayout()
        self.outbox_buttons.setObjectName(u"outbox_buttons")
        self.accept_invitation_button = QPushButton(OutboxDialog)
        self.accept_invitation_button.setObjectName(u"accept_invitation_button")

        self.outbox_buttons.addWidget(self.accept_invitation_button)

        self.outbox_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outbox_buttons.addItem(self.outbox_buttons_spacer)

        self.export_eml_button = QPushButton(OutboxDialog)
        self.export_eml_button.setObjectName(u"export_eml_button")

        self.outbox_buttons.addWidget(self.export_eml_button)

        self.export_all_button = QPushButton(OutboxDialog)
        self.export_all_button.setObjectName(u"export_all_button")

        self.outbox_buttons.addWidget(self.export_all_button)

        self.close_button = QPushButton(OutboxDialog)
        self.close_button.setObjectName(u"close_button")

        self.outbox_buttons.addWidget(self.close_button)


        self.outbox_layout.addLayout(self.outbox_buttons)


        self.retranslateUi(OutboxDialog)
    # setupUi

    def retranslateUi(self, OutboxDialog):
        OutboxDialog.setWindowTitle(QCoreApplication.translate("OutboxDialog", u"Outbox", None))
        self.outbox_desc_label.setText(QCoreApplication.translate("OutboxDialog", u"Emails seatdesk would send: invitations and password resets, in the language chosen when they were queued. Nothing leaves this computer.", None))
        self.accept_invitation_button.setText(QCoreApplication.translate("OutboxDialog", u"Mark invitation accepted\u2026", None))
        self.export_eml_button.setText(QCoreApplication.translate("OutboxDialog", u"Export selected as .eml\u2026", None))
        self.export_all_button.setText(QCoreApplication.translate("OutboxDialog", u"Export all as .eml\u2026", None))
        self.close_button.setText(QCoreApplication.translate("OutboxDialog", u"Close", None))
    # retranslateUi

