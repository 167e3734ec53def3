# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'teams_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_TeamsPage(object):
    def setupUi(self, teams_page):
        if not teams_page.objectName():
            teams_page.setObjectName(u"teams_page")
        self.teams_layout = QVBoxLayout(teams_page)
        self.teams_layout.setObjectName(u"teams_layout")
        self.teams_header_row = QHBoxLayout()
        self.teams_header_row.setObjectName(u"teams_header_row")
        self.teams_heading = QLabel(teams_page)
        self.teams_heading.setObjectName(u"teams_heading")
        self.teams_heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.teams_header_row.addWidget(self.teams_heading)

        self.teams_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teams_header_row.addItem(self.teams_header_spacer)

        self.new_team_button = QPushButton(teams_page)
        self.new_team_button.setObjectName(u"new_team_button")

        self.teams_header_row.addWidget(self.new_team_button)


        self.teams_layout.addLayout(self.teams_header_row)

        self.teams_desc_label = QLabel(teams_page)
        self.teams_desc_label.setObjectName(u"teams_desc_label")
        self.teams_desc_label.setWordWrap(True)

        self.teams_layout.addWidget(self.teams_desc_label)

        self.teams_body = QHBoxLayout()
        self.teams_body.setObjectName(u"teams_body")
        self.teams_column = QVBoxLayout()
        self.teams_column.setObjectName(u"teams_column")
        self.teams_table = QTableView(teams_page)
        self.teams_table.setObjectName(u"teams_table")
        self.teams_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.teams_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.teams_table.setTabKeyNavigation(False)

        self.teams_column.addWidget(self.teams_table)

        self.team_buttons_row = QHBoxLayout()
        self.team_buttons_row.setObjectName(u"team_buttons_row")
        self.rename_team_button = QPushButton(teams_page)
        self.rename_team_button.setObjectName(u"rename_team_button")

        self.team_buttons_row.addWidget(self.rename_team_button)

        self.delete_team_button = QPushButton(teams_page)
        self.delete_team_button.setObjectName(u"delete_team_button")

        self.team_buttons_row.addWidget(self.delete_team_button)

        self.team_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.team_buttons_row.addItem(self.team_buttons_spacer)


        self.teams_column.addLayout(self.team_buttons_row)


        self.teams_body.addLayout(self.teams_column)

        self.members_column = QVBoxLayout()
        self.members_column.setObjectName(u"members_column")
        self.members_label = QLabel(teams_page)
        self.members_label.setObjectName(u"members_label")
        self.members_label.setTextFormat(Qt.TextFormat.PlainText)
        self.members_label.setText(u"")
        self.members_label.setStyleSheet(u"font-weight: 600;")

        self.members_column.addWidget(self.members_label)

        self.team_members_table = QTableView(teams_page)
        self.team_members_table.setObjectName(u"team_members_table")
        self.team_members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.team_members_table.setTabKeyNavigation(False)
        self.team_members_table.setAlternatingRowColors(True)

        self.members_column.addWidget(self.team_members_table)

        self.member_buttons_row = QHBoxLayout()
        self.member_buttons_row.setObjectName(u"member_buttons_row")
        self.move_members_button = QPushButton(teams_page)
        self.move_members_button.setObjectName(u"move_members_button")

        self.member_buttons_row.addWidget(self.move_members_button)

        self.remove_members_button = QPushButton(teams_page)
        self.remove_members_button.setObjectName(u"remove_members_button")

        self.member_buttons_row.addWidget(self.remove_members_button)

        self.member_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.member_buttons_row.addItem(self.member_buttons_spacer)


        self.members_column.addLayout(self.member_buttons_row)


        self.teams_body.addLayout(self.members_column)


        self.teams_layout.addLayout(self.teams_body)


        self.retranslateUi(teams_page)
    # setupUi

    def retranslateUi(self, teams_page):
        self.teams_heading.setText(QCoreApplication.translate("TeamsPage", u"Teams", None))
        self.new_team_button.setText(QCoreApplication.translate("TeamsPage", u"New team\u2026", None))
        self.teams_desc_label.setText(QCoreApplication.translate("TeamsPage", u"Group users in teams. Deleting a team keeps its users: they only leave the team.", None))
        self.rename_team_button.setText(QCoreApplication.translate("TeamsPage", u"Rename\u2026", None))
        self.delete_team_button.setText(QCoreApplication.translate("TeamsPage", u"Delete\u2026", None))
        self.move_members_button.setText(QCoreApplication.translate("TeamsPage", u"Move to another team\u2026", None))
        self.remove_members_button.setText(QCoreApplication.translate("TeamsPage", u"Take out of the team", None))
        pass
    # retranslateUi

