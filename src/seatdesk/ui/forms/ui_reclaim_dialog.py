# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reclaim_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ReclaimDialog(object):
    def setupUi(self, ReclaimDialog):
        if not ReclaimDialog.objectName():
            ReclaimDialog.setObjectName(u"ReclaimDialog")
        self.reclaim_dialog_layout = QVBoxLayout(ReclaimDialog)
        self.reclaim_dialog_layout.setObjectName(u"reclaim_dialog_layout")
        self.reclaim_summary_label = QLabel(ReclaimDialog)
        self.reclaim_summary_label.setObjectName(u"reclaim_summary_label")
        self.reclaim_summary_label.setWordWrap(True)
        self.reclaim_summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.reclaim_dialog_layout.addWidget(self.reclaim_summary_label)

        self.reclaim_where_label = QLabel(ReclaimDialog)
        self.reclaim_where_label.setObjectName(u"reclaim_where_label")
        self.reclaim_where_label.setStyleSheet(u"font-weight: 600;")

        self.reclaim_dialog_layout.addWidget(self.reclaim_where_label)

        self.reclaim_where_grid = QGridLayout()
        self.reclaim_where_grid.setObjectName(u"reclaim_where_grid")
        self.reclaim_new_plan_radio = QRadioButton(ReclaimDialog)
        self.reclaim_new_plan_radio.setObjectName(u"reclaim_new_plan_radio")
        self.reclaim_new_plan_radio.setChecked(True)

        self.reclaim_where_grid.addWidget(self.reclaim_new_plan_radio, 0, 0, 1, 1)

        self.reclaim_plan_name_edit = QLineEdit(ReclaimDialog)
        self.reclaim_plan_name_edit.setObjectName(u"reclaim_plan_name_edit")
        self.reclaim_plan_name_edit.setMaxLength(80)

        self.reclaim_where_grid.addWidget(self.reclaim_plan_name_edit, 0, 1, 1, 1)

        self.reclaim_existing_plan_radio = QRadioButton(ReclaimDialog)
        self.reclaim_existing_plan_radio.setObjectName(u"reclaim_existing_plan_radio")

        self.reclaim_where_grid.addWidget(self.reclaim_existing_plan_radio, 1, 0, 1, 1)

        self.reclaim_plan_combo = QComboBox(ReclaimDialog)
        self.reclaim_plan_combo.setObjectName(u"reclaim_plan_combo")

        self.reclaim_where_grid.addWidget(self.reclaim_plan_combo, 1, 1, 1, 1)

        self.reclaim_account_radio = QRadioButton(ReclaimDialog)
        self.reclaim_account_radio.setObjectName(u"reclaim_account_radio")

        self.reclaim_where_grid.addWidget(self.reclaim_account_radio, 2, 0, 1, 2)


        self.reclaim_dialog_layout.addLayout(self.reclaim_where_grid)

        self.reclaim_note_label = QLabel(ReclaimDialog)
        self.reclaim_note_label.setObjectName(u"reclaim_note_label")
        self.reclaim_note_label.setWordWrap(True)

        self.reclaim_dialog_layout.addWidget(self.reclaim_note_label)

        self.reclaim_dialog_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reclaim_dialog_layout.addItem(self.reclaim_dialog_stretch)

        self.reclaim_buttons_row = QHBoxLayout()
        self.reclaim_buttons_row.setObjectName(u"reclaim_buttons_row")
        self.reclaim_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reclaim_buttons_row.addItem(self.reclaim_buttons_spacer)

        self.cancel_button = QPushButton(ReclaimDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")
        self.cancel_button.setAutoDefault(False)

        self.reclaim_buttons_row.addWidget(self.cancel_button)

        self.reclaim_confirm_button = QPushButton(ReclaimDialog)
        self.reclaim_confirm_button.setObjectName(u"reclaim_confirm_button")

        self.reclaim_buttons_row.addWidget(self.reclaim_confirm_button)


        self.reclaim_dialog_layout.addLayout(self.reclaim_buttons_row)


        self.retranslateUi(ReclaimDialog)

        self.reclaim_confirm_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ReclaimDialog):
        ReclaimDialog.setWindowTitle(QCoreApplication.translate("ReclaimDialog", u"Reclaim in a plan", None))
        self.reclaim_where_label.setText(QCoreApplication.translate("ReclaimDialog", u"Take the seats back in:", None))
        self.reclaim_new_plan_radio.setText(QCoreApplication.translate("ReclaimDialog", u"A new plan named", None))
        self.reclaim_existing_plan_radio.setText(QCoreApplication.translate("ReclaimDialog", u"A plan of the account", None))
        self.reclaim_account_radio.setText(QCoreApplication.translate("ReclaimDialog", u"The account itself (you are asked first)", None))
        self.reclaim_note_label.setText(QCoreApplication.translate("ReclaimDialog", u"In a plan nothing changes in the account: compare the plan with it, then make the changes when the plan is approved.", None))
        self.reclaim_confirm_button.setText(QCoreApplication.translate("ReclaimDialog", u"Reclaim", None))
    # retranslateUi

