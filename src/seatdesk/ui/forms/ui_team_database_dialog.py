# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_database_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_TeamDatabaseDialog(object):
    def setupUi(self, TeamDatabaseDialog):
        if not TeamDatabaseDialog.objectName():
            TeamDatabaseDialog.setObjectName(u"TeamDatabaseDialog")
        self.team_layout = QVBoxLayout(TeamDatabaseDialog)
        self.team_layout.setObjectName(u"team_layout")
        self.team_intro_label = QLabel(TeamDatabaseDialog)
        self.team_intro_label.setObjectName(u"team_intro_label")
        self.team_intro_label.setWordWrap(True)

        self.team_layout.addWidget(self.team_intro_label)

        self.local_radio = QRadioButton(TeamDatabaseDialog)
        self.local_radio.setObjectName(u"local_radio")

        self.team_layout.addWidget(self.local_radio)

        self.team_radio = QRadioButton(TeamDatabaseDialog)
        self.team_radio.setObjectName(u"team_radio")

        self.team_layout.addWidget(self.team_radio)

        self.connection_form = QFormLayout()
        self.connection_form.setObjectName(u"connection_form")
        self.connection_label = QLabel(TeamDatabaseDialog)
        self.connection_label.setObjectName(u"connection_label")

        self.connection_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.connection_label)

        self.connection_edit = QLineEdit(TeamDatabaseDialog)
        self.connection_edit.setObjectName(u"connection_edit")
        self.connection_edit.setPlaceholderText(u"postgresql://user@host:5432/seatdesk")
        self.connection_edit.setClearButtonEnabled(True)

        self.connection_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.connection_edit)


        self.team_layout.addLayout(self.connection_form)

        self.connection_result_label = QLabel(TeamDatabaseDialog)
        self.connection_result_label.setObjectName(u"connection_result_label")
        self.connection_result_label.setWordWrap(True)
        self.connection_result_label.setTextFormat(Qt.TextFormat.PlainText)

        self.team_layout.addWidget(self.connection_result_label)

        self.team_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.team_layout.addItem(self.team_spacer)

        self.team_buttons_row = QHBoxLayout()
        self.team_buttons_row.setObjectName(u"team_buttons_row")
        self.test_connection_button = QPushButton(TeamDatabaseDialog)
        self.test_connection_button.setObjectName(u"test_connection_button")
        self.test_connection_button.setAutoDefault(False)

        self.team_buttons_row.addWidget(self.test_connection_button)

        self.team_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.team_buttons_row.addItem(self.team_buttons_spacer)

        self.cancel_button = QPushButton(TeamDatabaseDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")
        self.cancel_button.setAutoDefault(False)

        self.team_buttons_row.addWidget(self.cancel_button)

        self.open_button = QPushButton(TeamDatabaseDialog)
        self.open_button.setObjectName(u"open_button")

        self.team_buttons_row.addWidget(self.open_button)


        self.team_layout.addLayout(self.team_buttons_row)

#if QT_CONFIG(shortcut)
        self.connection_label.setBuddy(self.connection_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamDatabaseDialog)

        self.open_button.setDefault(True)

    # setupUi

    def retranslateUi(self, TeamDatabaseDialog):
        TeamDatabaseDialog.setWindowTitle(QCoreApplication.translate("TeamDatabaseDialog", u"Team database", None))
        self.team_intro_label.setText(QCoreApplication.translate("TeamDatabaseDialog", u"A team that plans together opens one database on a PostgreSQL server, and each window shows the others' changes. The password stays in your .pgpass file, service file or PGPASSWORD: seatdesk never keeps it.", None))
        self.local_radio.setText(QCoreApplication.translate("TeamDatabaseDialog", u"A file on this computer", None))
        self.team_radio.setText(QCoreApplication.translate("TeamDatabaseDialog", u"A team database on a PostgreSQL server", None))
        self.connection_label.setText(QCoreApplication.translate("TeamDatabaseDialog", u"Connection string:", None))
        self.test_connection_button.setText(QCoreApplication.translate("TeamDatabaseDialog", u"Test the connection", None))
        self.open_button.setText(QCoreApplication.translate("TeamDatabaseDialog", u"Open", None))
    # retranslateUi

