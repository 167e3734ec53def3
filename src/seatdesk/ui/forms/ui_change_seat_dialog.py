# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_seat_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ChangeSeatDialog(object):
    def setupUi(self, ChangeSeatDialog):
        if not ChangeSeatDialog.objectName():
            ChangeSeatDialog.setObjectName(u"ChangeSeatDialog")
        self.change_layout = QVBoxLayout(ChangeSeatDialog)
        self.change_layout.setObjectName(u"change_layout")
        self.change_form = QFormLayout()
        self.change_form.setObjectName(u"change_form")
        self.user_label = QLabel(ChangeSeatDialog)
        self.user_label.setObjectName(u"user_label")

        self.change_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_combo = QComboBox(ChangeSeatDialog)
        self.user_combo.setObjectName(u"user_combo")

        self.change_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_combo)

        self.current_seat_caption = QLabel(ChangeSeatDialog)
        self.current_seat_caption.setObjectName(u"current_seat_caption")
        self.current_seat_caption.setText(u"")

        self.change_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.current_seat_caption)

        self.current_seat_value = QLabel(ChangeSeatDialog)
        self.current_seat_value.setObjectName(u"current_seat_value")
        self.current_seat_value.setText(u"")

        self.change_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.current_seat_value)

        self.seat_label = QLabel(ChangeSeatDialog)
        self.seat_label.setObjectName(u"seat_label")

        self.change_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.seat_label)

        self.seat_combo = QComboBox(ChangeSeatDialog)
        self.seat_combo.setObjectName(u"seat_combo")
        self.seat_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.change_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.seat_combo)


        self.change_layout.addLayout(self.change_form)

        self.note_label = QLabel(ChangeSeatDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setText(u"")
        self.note_label.setWordWrap(True)

        self.change_layout.addWidget(self.note_label)

        self.change_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.change_layout.addItem(self.change_spacer)

        self.change_buttons = QHBoxLayout()
        self.change_buttons.setObjectName(u"change_buttons")
        self.checkout_button = QPushButton(ChangeSeatDialog)
        self.checkout_button.setObjectName(u"checkout_button")

        self.change_buttons.addWidget(self.checkout_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.change_buttons.addItem(self.buttons_spacer)

        self.cancel_button = QPushButton(ChangeSeatDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"")

        self.change_buttons.addWidget(self.cancel_button)

        self.save_button = QPushButton(ChangeSeatDialog)
        self.save_button.setObjectName(u"save_button")

        self.change_buttons.addWidget(self.save_button)


        self.change_layout.addLayout(self.change_buttons)

#if QT_CONFIG(shortcut)
        self.user_label.setBuddy(self.user_combo)
        self.seat_label.setBuddy(self.seat_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangeSeatDialog)

        self.save_button.setDefault(True)

    # setupUi

    def retranslateUi(self, ChangeSeatDialog):
        ChangeSeatDialog.setWindowTitle(QCoreApplication.translate("ChangeSeatDialog", u"Change seat", None))
        self.user_label.setText(QCoreApplication.translate("ChangeSeatDialog", u"User", None))
        self.seat_label.setText(QCoreApplication.translate("ChangeSeatDialog", u"Seat", None))
        self.checkout_button.setText(QCoreApplication.translate("ChangeSeatDialog", u"Checkout", None))
        self.save_button.setText(QCoreApplication.translate("ChangeSeatDialog", u"Save", None))
    # retranslateUi

