# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'permission_sets_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout

class Ui_PermissionSetsPage(object):
    def setupUi(self, permission_sets_page):
        if not permission_sets_page.objectName():
            permission_sets_page.setObjectName(u"permission_sets_page")
        self.sets_layout = QVBoxLayout(permission_sets_page)
        self.sets_layout.setObjectName(u"sets_layout")
        self.sets_header_row = QHBoxLayout()
        self.sets_header_row.setObjectName(u"sets_header_row")
        self.sets_heading = QLabel(permission_sets_page)
        self.sets_heading.setObjectName(u"sets_heading")
        self.sets_heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.sets_header_row.addWidget(self.sets_heading)

        self.sets_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sets_header_row.addItem(self.sets_header_spacer)

        self.new_permission_set_button = QPushButton(permission_sets_page)
        self.new_permission_set_button.setObjectName(u"new_permission_set_button")

        self.sets_header_row.addWidget(self.new_permission_set_button)


        self.sets_layout.addLayout(self.sets_header_row)

        self.sets_desc_label = QLabel(permission_sets_page)
        self.sets_desc_label.setObjectName(u"sets_desc_label")
        self.sets_desc_label.setWordWrap(True)

        self.sets_layout.addWidget(self.sets_desc_label)

        self.sets_body = QHBoxLayout()
        self.sets_body.setObjectName(u"sets_body")
        self.sets_column = QVBoxLayout()
        self.sets_column.setObjectName(u"sets_column")
        self.permission_sets_table = QTableView(permission_sets_page)
        self.permission_sets_table.setObjectName(u"permission_sets_table")
        self.permission_sets_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.permission_sets_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.permission_sets_table.setTabKeyNavigation(False)

        self.sets_column.addWidget(self.permission_sets_table)

        self.set_buttons_row = QHBoxLayout()
        self.set_buttons_row.setObjectName(u"set_buttons_row")
        self.rename_permission_set_button = QPushButton(permission_sets_page)
        self.rename_permission_set_button.setObjectName(u"rename_permission_set_button")

        self.set_buttons_row.addWidget(self.rename_permission_set_button)

        self.duplicate_permission_set_button = QPushButton(permission_sets_page)
        self.duplicate_permission_set_button.setObjectName(u"duplicate_permission_set_button")

        self.set_buttons_row.addWidget(self.duplicate_permission_set_button)

        self.delete_permission_set_button = QPushButton(permission_sets_page)
        self.delete_permission_set_button.setObjectName(u"delete_permission_set_button")

        self.set_buttons_row.addWidget(self.delete_permission_set_button)

        self.set_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.set_buttons_row.addItem(self.set_buttons_spacer)


        self.sets_column.addLayout(self.set_buttons_row)


        self.sets_body.addLayout(self.sets_column)

        self.set_detail_column = QVBoxLayout()
        self.set_detail_column.setObjectName(u"set_detail_column")
        self.permission_set_label = QLabel(permission_sets_page)
        self.permission_set_label.setObjectName(u"permission_set_label")
        self.permission_set_label.setTextFormat(Qt.TextFormat.PlainText)
        self.permission_set_label.setText(u"")
        self.permission_set_label.setStyleSheet(u"font-weight: 600;")
        self.permission_set_label.setTextFormat(Qt.TextFormat.PlainText)

        self.set_detail_column.addWidget(self.permission_set_label)

        self.permission_set_tree = QTreeWidget(permission_sets_page)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.permission_set_tree.setHeaderItem(__qtreewidgetitem)
        self.permission_set_tree.setObjectName(u"permission_set_tree")
        self.permission_set_tree.setHeaderHidden(True)

        self.set_detail_column.addWidget(self.permission_set_tree)

        self.set_detail_buttons_row = QHBoxLayout()
        self.set_detail_buttons_row.setObjectName(u"set_detail_buttons_row")
        self.save_permission_set_button = QPushButton(permission_sets_page)
        self.save_permission_set_button.setObjectName(u"save_permission_set_button")

        self.set_detail_buttons_row.addWidget(self.save_permission_set_button)

        self.apply_permission_set_button = QPushButton(permission_sets_page)
        self.apply_permission_set_button.setObjectName(u"apply_permission_set_button")

        self.set_detail_buttons_row.addWidget(self.apply_permission_set_button)

        self.set_detail_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.set_detail_buttons_row.addItem(self.set_detail_buttons_spacer)


        self.set_detail_column.addLayout(self.set_detail_buttons_row)

        self.permission_set_users_label = QLabel(permission_sets_page)
        self.permission_set_users_label.setObjectName(u"permission_set_users_label")
        self.permission_set_users_label.setTextFormat(Qt.TextFormat.PlainText)
        self.permission_set_users_label.setText(u"")
        self.permission_set_users_label.setStyleSheet(u"font-weight: 600;")
        self.permission_set_users_label.setTextFormat(Qt.TextFormat.PlainText)

        self.set_detail_column.addWidget(self.permission_set_users_label)

        self.permission_set_users_table = QTableView(permission_sets_page)
        self.permission_set_users_table.setObjectName(u"permission_set_users_table")
        self.permission_set_users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.permission_set_users_table.setTabKeyNavigation(False)
        self.permission_set_users_table.setAlternatingRowColors(True)

        self.set_detail_column.addWidget(self.permission_set_users_table)


        self.sets_body.addLayout(self.set_detail_column)


        self.sets_layout.addLayout(self.sets_body)


        self.retranslateUi(permission_sets_page)
    # setupUi

    def retranslateUi(self, permission_sets_page):
        self.sets_heading.setText(QCoreApplication.translate("PermissionSetsPage", u"Permission sets", None))
        self.new_permission_set_button.setText(QCoreApplication.translate("PermissionSetsPage", u"New permission set\u2026", None))
        self.sets_desc_label.setText(QCoreApplication.translate("PermissionSetsPage", u"A permission set gives the same permissions to every user you apply it to, as far as each seat allows. Deleting a set keeps its users and their permissions.", None))
        self.rename_permission_set_button.setText(QCoreApplication.translate("PermissionSetsPage", u"Rename\u2026", None))
        self.duplicate_permission_set_button.setText(QCoreApplication.translate("PermissionSetsPage", u"Duplicate\u2026", None))
        self.delete_permission_set_button.setText(QCoreApplication.translate("PermissionSetsPage", u"Delete\u2026", None))
        self.save_permission_set_button.setText(QCoreApplication.translate("PermissionSetsPage", u"Save permissions", None))
        self.apply_permission_set_button.setText(QCoreApplication.translate("PermissionSetsPage", u"Apply to users\u2026", None))
        pass
    # retranslateUi

