# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_plan_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_NewPlanDialog(object):
    def setupUi(self, NewPlanDialog):
        if not NewPlanDialog.objectName():
            NewPlanDialog.setObjectName(u"NewPlanDialog")
        self.new_plan_layout = QVBoxLayout(NewPlanDialog)
        self.new_plan_layout.setObjectName(u"new_plan_layout")
        self.new_plan_intro_label = QLabel(NewPlanDialog)
        self.new_plan_intro_label.setObjectName(u"new_plan_intro_label")
        self.new_plan_intro_label.setWordWrap(True)

        self.new_plan_layout.addWidget(self.new_plan_intro_label)

        self.new_plan_form = QFormLayout()
        self.new_plan_form.setObjectName(u"new_plan_form")
        self.plan_name_label = QLabel(NewPlanDialog)
        self.plan_name_label.setObjectName(u"plan_name_label")

        self.new_plan_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plan_name_label)

        self.plan_name_edit = QLineEdit(NewPlanDialog)
        self.plan_name_edit.setObjectName(u"plan_name_edit")
        self.plan_name_edit.setMaxLength(80)

        self.new_plan_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.plan_name_edit)

        self.plan_note_label = QLabel(NewPlanDialog)
        self.plan_note_label.setObjectName(u"plan_note_label")

        self.new_plan_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.plan_note_label)

        self.plan_note_edit = QPlainTextEdit(NewPlanDialog)
        self.plan_note_edit.setObjectName(u"plan_note_edit")
        self.plan_note_edit.setTabChangesFocus(True)
        self.plan_note_edit.setMaximumSize(QSize(16777215, 90))

        self.new_plan_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.plan_note_edit)


        self.new_plan_layout.addLayout(self.new_plan_form)

        self.new_plan_buttons_row = QHBoxLayout()
        self.new_plan_buttons_row.setObjectName(u"new_plan_buttons_row")
        self.new_plan_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.new_plan_buttons_row.addItem(self.new_plan_buttons_spacer)

        self.cancel_button = QPushButton(NewPlanDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")
        self.cancel_button.setAutoDefault(False)

        self.new_plan_buttons_row.addWidget(self.cancel_button)

        self.create_plan_button = QPushButton(NewPlanDialog)
        self.create_plan_button.setObjectName(u"create_plan_button")

        self.new_plan_buttons_row.addWidget(self.create_plan_button)


        self.new_plan_layout.addLayout(self.new_plan_buttons_row)

#if QT_CONFIG(shortcut)
        self.plan_name_label.setBuddy(self.plan_name_edit)
        self.plan_note_label.setBuddy(self.plan_note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewPlanDialog)

        self.create_plan_button.setDefault(True)

    # setupUi

    def retranslateUi(self, NewPlanDialog):
        NewPlanDialog.setWindowTitle(QCoreApplication.translate("NewPlanDialog", u"New plan", None))
        self.new_plan_intro_label.setText(QCoreApplication.translate("NewPlanDialog", u"A plan is a copy of this account as it is on the planning date. Try changes in it: nothing you do in a plan changes the account.", None))
        self.plan_name_label.setText(QCoreApplication.translate("NewPlanDialog", u"Name:", None))
        self.plan_note_label.setText(QCoreApplication.translate("NewPlanDialog", u"Note:", None))
        self.create_plan_button.setText(QCoreApplication.translate("NewPlanDialog", u"Create plan", None))
    # retranslateUi

