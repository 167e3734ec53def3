# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_permission_set_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_NewPermissionSetDialog(object):
    def setupUi(self, NewPermissionSetDialog):
        if not NewPermissionSetDialog.objectName():
            NewPermissionSetDialog.setObjectName(u"NewPermissionSetDialog")
        self.new_set_layout = QVBoxLayout(NewPermissionSetDialog)
        self.new_set_layout.setObjectName(u"new_set_layout")
        self.new_set_form = QFormLayout()
        self.new_set_form.setObjectName(u"new_set_form")
        self.new_set_name_label = QLabel(NewPermissionSetDialog)
        self.new_set_name_label.setObjectName(u"new_set_name_label")

        self.new_set_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.new_set_name_label)

        self.new_set_name_edit = QLineEdit(NewPermissionSetDialog)
        self.new_set_name_edit.setObjectName(u"new_set_name_edit")
        self.new_set_name_edit.setMaxLength(100)

        self.new_set_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.new_set_name_edit)

        self.new_set_start_label = QLabel(NewPermissionSetDialog)
        self.new_set_start_label.setObjectName(u"new_set_start_label")

        self.new_set_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_set_start_label)

        self.new_set_start_combo = QComboBox(NewPermissionSetDialog)
        self.new_set_start_combo.setObjectName(u"new_set_start_combo")

        self.new_set_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_set_start_combo)


        self.new_set_layout.addLayout(self.new_set_form)

        self.new_set_buttons_gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.new_set_layout.addItem(self.new_set_buttons_gap)

        self.new_set_buttons = QHBoxLayout()
        self.new_set_buttons.setObjectName(u"new_set_buttons")
        self.new_set_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.new_set_buttons.addItem(self.new_set_buttons_spacer)

        self.cancel_button = QPushButton(NewPermissionSetDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")

        self.new_set_buttons.addWidget(self.cancel_button)

        self.create_permission_set_button = QPushButton(NewPermissionSetDialog)
        self.create_permission_set_button.setObjectName(u"create_permission_set_button")

        self.new_set_buttons.addWidget(self.create_permission_set_button)


        self.new_set_layout.addLayout(self.new_set_buttons)

#if QT_CONFIG(shortcut)
        self.new_set_name_label.setBuddy(self.new_set_name_edit)
        self.new_set_start_label.setBuddy(self.new_set_start_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewPermissionSetDialog)

        self.create_permission_set_button.setDefault(True)

    # setupUi

    def retranslateUi(self, NewPermissionSetDialog):
        NewPermissionSetDialog.setWindowTitle(QCoreApplication.translate("NewPermissionSetDialog", u"New permission set", None))
        self.new_set_name_label.setText(QCoreApplication.translate("NewPermissionSetDialog", u"Name", None))
        self.new_set_start_label.setText(QCoreApplication.translate("NewPermissionSetDialog", u"Start from", None))
        self.create_permission_set_button.setText(QCoreApplication.translate("NewPermissionSetDialog", u"Create permission set", None))
    # retranslateUi

