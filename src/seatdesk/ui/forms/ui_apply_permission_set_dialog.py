# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'apply_permission_set_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ApplyPermissionSetDialog(object):
    def setupUi(self, ApplyPermissionSetDialog):
        if not ApplyPermissionSetDialog.objectName():
            ApplyPermissionSetDialog.setObjectName(u"ApplyPermissionSetDialog")
        self.apply_layout = QVBoxLayout(ApplyPermissionSetDialog)
        self.apply_layout.setObjectName(u"apply_layout")
        self.apply_intro_label = QLabel(ApplyPermissionSetDialog)
        self.apply_intro_label.setObjectName(u"apply_intro_label")
        self.apply_intro_label.setText(u"")
        self.apply_intro_label.setWordWrap(True)
        self.apply_intro_label.setTextFormat(Qt.TextFormat.PlainText)

        self.apply_layout.addWidget(self.apply_intro_label)

        self.apply_form = QFormLayout()
        self.apply_form.setObjectName(u"apply_form")
        self.apply_search_label = QLabel(ApplyPermissionSetDialog)
        self.apply_search_label.setObjectName(u"apply_search_label")

        self.apply_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.apply_search_label)

        self.apply_users_search_edit = QLineEdit(ApplyPermissionSetDialog)
        self.apply_users_search_edit.setObjectName(u"apply_users_search_edit")
        self.apply_users_search_edit.setClearButtonEnabled(True)

        self.apply_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.apply_users_search_edit)


        self.apply_layout.addLayout(self.apply_form)

        self.apply_users_list = QListWidget(ApplyPermissionSetDialog)
        self.apply_users_list.setObjectName(u"apply_users_list")
        self.apply_users_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.apply_layout.addWidget(self.apply_users_list)

        self.apply_count_label = QLabel(ApplyPermissionSetDialog)
        self.apply_count_label.setObjectName(u"apply_count_label")
        self.apply_count_label.setText(u"")
        self.apply_count_label.setWordWrap(True)

        self.apply_layout.addWidget(self.apply_count_label)

        self.apply_buttons = QHBoxLayout()
        self.apply_buttons.setObjectName(u"apply_buttons")
        self.apply_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.apply_buttons.addItem(self.apply_buttons_spacer)

        self.cancel_button = QPushButton(ApplyPermissionSetDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")

        self.apply_buttons.addWidget(self.cancel_button)

        self.apply_confirm_button = QPushButton(ApplyPermissionSetDialog)
        self.apply_confirm_button.setObjectName(u"apply_confirm_button")
        self.apply_confirm_button.setText(u"")

        self.apply_buttons.addWidget(self.apply_confirm_button)


        self.apply_layout.addLayout(self.apply_buttons)

#if QT_CONFIG(shortcut)
        self.apply_search_label.setBuddy(self.apply_users_search_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApplyPermissionSetDialog)

        self.apply_confirm_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ApplyPermissionSetDialog):
        ApplyPermissionSetDialog.setWindowTitle(QCoreApplication.translate("ApplyPermissionSetDialog", u"Apply to users", None))
        self.apply_search_label.setText(QCoreApplication.translate("ApplyPermissionSetDialog", u"Search", None))
    # retranslateUi

