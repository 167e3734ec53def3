# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.setWindowTitle(u"User")
        self.user_layout = QVBoxLayout(UserDialog)
        self.user_layout.setObjectName(u"user_layout")
        self.user_title_row = QHBoxLayout()
        self.user_title_row.setObjectName(u"user_title_row")
        self.user_identity = QVBoxLayout()
        self.user_identity.setObjectName(u"user_identity")
        self.user_name_label = QLabel(UserDialog)
        self.user_name_label.setObjectName(u"user_name_label")
        self.user_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_name_label.setText(u"")
        self.user_name_label.setStyleSheet(u"QLabel { font-size: 16pt; font-weight: bold; }")

        self.user_identity.addWidget(self.user_name_label)

        self.user_email_label = QLabel(UserDialog)
        self.user_email_label.setObjectName(u"user_email_label")
        self.user_email_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_email_label.setText(u"")
        self.user_email_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.user_identity.addWidget(self.user_email_label)

        self.user_status_label = QLabel(UserDialog)
        self.user_status_label.setObjectName(u"user_status_label")
        self.user_status_label.setText(u"")

        self.user_identity.addWidget(self.user_status_label)


        self.user_title_row.addLayout(self.user_identity)

        self.user_title_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.user_title_row.addItem(self.user_title_spacer)

        self.user_actions_button = QPushButton(UserDialog)
        self.user_actions_button.setObjectName(u"user_actions_button")
        self.user_actions_button.setAutoDefault(False)

        self.user_title_row.addWidget(self.user_actions_button)


        self.user_layout.addLayout(self.user_title_row)

        self.user_groups_form = QFormLayout()
        self.user_groups_form.setObjectName(u"user_groups_form")
        self.team_label = QLabel(UserDialog)
        self.team_label.setObjectName(u"team_label")

        self.user_groups_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.team_label)

        self.team_button = QComboBox(UserDialog)
        self.team_button.setObjectName(u"team_button")

        self.user_groups_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.team_button)

        self.preset_label = QLabel(UserDialog)
        self.preset_label.setObjectName(u"preset_label")

        self.user_groups_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.preset_label)

        self.preset_combo = QComboBox(UserDialog)
        self.preset_combo.setObjectName(u"preset_combo")

        self.user_groups_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.preset_combo)


        self.user_layout.addLayout(self.user_groups_form)

        self.assign_seat_group = QGroupBox(UserDialog)
        self.assign_seat_group.setObjectName(u"assign_seat_group")
        self.assign_seat_layout = QVBoxLayout(self.assign_seat_group)
        self.assign_seat_layout.setObjectName(u"assign_seat_layout")
        self.seat_form = QFormLayout()
        self.seat_form.setObjectName(u"seat_form")
        self.seat_assignment_label = QLabel(self.assign_seat_group)
        self.seat_assignment_label.setObjectName(u"seat_assignment_label")

        self.seat_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seat_assignment_label)

        self.seat_assignment_combo = QComboBox(self.assign_seat_group)
        self.seat_assignment_combo.setObjectName(u"seat_assignment_combo")

        self.seat_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seat_assignment_combo)

        self.second_seat_label = QLabel(self.assign_seat_group)
        self.second_seat_label.setObjectName(u"second_seat_label")
        self.second_seat_label.setText(u"")

        self.seat_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.second_seat_label)

        self.second_seat_combo = QComboBox(self.assign_seat_group)
        self.second_seat_combo.setObjectName(u"second_seat_combo")

        self.seat_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.second_seat_combo)


        self.assign_seat_layout.addLayout(self.seat_form)

        self.seat_note_label = QLabel(self.assign_seat_group)
        self.seat_note_label.setObjectName(u"seat_note_label")
        self.seat_note_label.setText(u"")
        self.seat_note_label.setWordWrap(True)

        self.assign_seat_layout.addWidget(self.seat_note_label)


        self.user_layout.addWidget(self.assign_seat_group)

        self.permissions_group = QGroupBox(UserDialog)
        self.permissions_group.setObjectName(u"permissions_group")
        self.permissions_layout = QVBoxLayout(self.permissions_group)
        self.permissions_layout.setObjectName(u"permissions_layout")
        self.permissions_label = QLabel(self.permissions_group)
        self.permissions_label.setObjectName(u"permissions_label")
        self.permissions_label.setText(u"")
        self.permissions_label.setWordWrap(True)

        self.permissions_layout.addWidget(self.permissions_label)

        self.template_form = QFormLayout()
        self.template_form.setObjectName(u"template_form")
        self.template_caption = QLabel(self.permissions_group)
        self.template_caption.setObjectName(u"template_caption")

        self.template_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_caption)

        self.template_combo = QComboBox(self.permissions_group)
        self.template_combo.setObjectName(u"template_combo")

        self.template_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_combo)


        self.permissions_layout.addLayout(self.template_form)

        self.permissions_tree = QTreeWidget(self.permissions_group)
        self.permissions_tree.headerItem().setText(0, "")
        self.permissions_tree.setObjectName(u"permissions_tree")
        self.permissions_tree.setHeaderHidden(True)
        self.permissions_tree.setMinimumSize(QSize(0, 170))

        self.permissions_layout.addWidget(self.permissions_tree)


        self.user_layout.addWidget(self.permissions_group)

        self.user_bottom_spacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.user_layout.addItem(self.user_bottom_spacer)

        self.user_buttons = QHBoxLayout()
        self.user_buttons.setObjectName(u"user_buttons")
        self.user_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.user_buttons.addItem(self.user_buttons_spacer)

        self.cancel_button = QPushButton(UserDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")

        self.user_buttons.addWidget(self.cancel_button)

        self.save_button = QPushButton(UserDialog)
        self.save_button.setObjectName(u"save_button")

        self.user_buttons.addWidget(self.save_button)


        self.user_layout.addLayout(self.user_buttons)

#if QT_CONFIG(shortcut)
        self.team_label.setBuddy(self.team_button)
        self.preset_label.setBuddy(self.preset_combo)
        self.seat_assignment_label.setBuddy(self.seat_assignment_combo)
        self.second_seat_label.setBuddy(self.second_seat_combo)
        self.template_caption.setBuddy(self.template_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserDialog)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, UserDialog):
        self.user_actions_button.setText(QCoreApplication.translate("UserDialog", u"Actions", None))
        self.team_label.setText(QCoreApplication.translate("UserDialog", u"Team", None))
#if QT_CONFIG(tooltip)
        self.team_button.setToolTip(QCoreApplication.translate("UserDialog", u"A user can be in several teams: check each of them.", None))
#endif // QT_CONFIG(tooltip)
        self.preset_label.setText(QCoreApplication.translate("UserDialog", u"Preset settings", None))
        self.assign_seat_group.setTitle(QCoreApplication.translate("UserDialog", u"Assign seat", None))
        self.seat_assignment_label.setText(QCoreApplication.translate("UserDialog", u"Seat assignment", None))
        self.permissions_group.setTitle(QCoreApplication.translate("UserDialog", u"Permissions", None))
        self.template_caption.setText(QCoreApplication.translate("UserDialog", u"Select a template", None))
        self.save_button.setText(QCoreApplication.translate("UserDialog", u"Save", None))
        pass
    # retranslateUi

