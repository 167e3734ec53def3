# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bulk_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_BulkDialog(object):
    def setupUi(self, BulkDialog):
        if not BulkDialog.objectName():
            BulkDialog.setObjectName(u"BulkDialog")
        self.bulk_layout = QVBoxLayout(BulkDialog)
        self.bulk_layout.setObjectName(u"bulk_layout")
        self.bulk_selection_label = QLabel(BulkDialog)
        self.bulk_selection_label.setObjectName(u"bulk_selection_label")
        self.bulk_selection_label.setText(u"")
        self.bulk_selection_label.setWordWrap(True)

        self.bulk_layout.addWidget(self.bulk_selection_label)

        self.bulk_form = QFormLayout()
        self.bulk_form.setObjectName(u"bulk_form")
        self.bulk_choice_label = QLabel(BulkDialog)
        self.bulk_choice_label.setObjectName(u"bulk_choice_label")
        self.bulk_choice_label.setText(u"")

        self.bulk_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bulk_choice_label)

        self.bulk_choice_combo = QComboBox(BulkDialog)
        self.bulk_choice_combo.setObjectName(u"bulk_choice_combo")

        self.bulk_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bulk_choice_combo)


        self.bulk_layout.addLayout(self.bulk_form)

        self.bulk_count_label = QLabel(BulkDialog)
        self.bulk_count_label.setObjectName(u"bulk_count_label")
        self.bulk_count_label.setText(u"")
        self.bulk_count_label.setWordWrap(True)
        self.bulk_count_label.setMinimumSize(QSize(0, 48))
        self.bulk_count_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.bulk_layout.addWidget(self.bulk_count_label)

        self.bulk_buttons_gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.bulk_layout.addItem(self.bulk_buttons_gap)

        self.bulk_buttons = QHBoxLayout()
        self.bulk_buttons.setObjectName(u"bulk_buttons")
        self.bulk_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bulk_buttons.addItem(self.bulk_buttons_spacer)

        self.cancel_button = QPushButton(BulkDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")

        self.bulk_buttons.addWidget(self.cancel_button)

        self.bulk_confirm_button = QPushButton(BulkDialog)
        self.bulk_confirm_button.setObjectName(u"bulk_confirm_button")
        self.bulk_confirm_button.setText(u"")

        self.bulk_buttons.addWidget(self.bulk_confirm_button)


        self.bulk_layout.addLayout(self.bulk_buttons)


        self.retranslateUi(BulkDialog)

        self.bulk_confirm_button.setDefault(True)

    # setupUi

    def retranslateUi(self, BulkDialog):
        BulkDialog.setWindowTitle(QCoreApplication.translate("BulkDialog", u"Selected users", None))
    # retranslateUi

