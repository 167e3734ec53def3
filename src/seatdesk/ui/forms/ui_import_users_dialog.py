# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_users_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_ImportUsersDialog(object):
    def setupUi(self, ImportUsersDialog):
        if not ImportUsersDialog.objectName():
            ImportUsersDialog.setObjectName(u"ImportUsersDialog")
        self.import_layout = QVBoxLayout(ImportUsersDialog)
        self.import_layout.setObjectName(u"import_layout")
        self.import_target_label = QLabel(ImportUsersDialog)
        self.import_target_label.setObjectName(u"import_target_label")
        self.import_target_label.setWordWrap(True)
        self.import_target_label.setTextFormat(Qt.TextFormat.PlainText)

        self.import_layout.addWidget(self.import_target_label)

        self.import_intro_label = QLabel(ImportUsersDialog)
        self.import_intro_label.setObjectName(u"import_intro_label")
        self.import_intro_label.setWordWrap(True)

        self.import_layout.addWidget(self.import_intro_label)

        self.import_form = QFormLayout()
        self.import_form.setObjectName(u"import_form")
        self.import_path_label = QLabel(ImportUsersDialog)
        self.import_path_label.setObjectName(u"import_path_label")

        self.import_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.import_path_label)

        self.import_path_row = QHBoxLayout()
        self.import_path_row.setObjectName(u"import_path_row")
        self.import_path_edit = QLineEdit(ImportUsersDialog)
        self.import_path_edit.setObjectName(u"import_path_edit")

        self.import_path_row.addWidget(self.import_path_edit)

        self.import_choose_button = QPushButton(ImportUsersDialog)
        self.import_choose_button.setObjectName(u"import_choose_button")
        self.import_choose_button.setAutoDefault(False)

        self.import_path_row.addWidget(self.import_choose_button)


        self.import_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.import_path_row)

        self.import_rule_label = QLabel(ImportUsersDialog)
        self.import_rule_label.setObjectName(u"import_rule_label")

        self.import_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.import_rule_label)

        self.import_rule_column = QVBoxLayout()
        self.import_rule_column.setObjectName(u"import_rule_column")
        self.import_rule_combo = QComboBox(ImportUsersDialog)
        self.import_rule_combo.setObjectName(u"import_rule_combo")

        self.import_rule_column.addWidget(self.import_rule_combo)

        self.import_rule_help_label = QLabel(ImportUsersDialog)
        self.import_rule_help_label.setObjectName(u"import_rule_help_label")
        self.import_rule_help_label.setWordWrap(True)

        self.import_rule_column.addWidget(self.import_rule_help_label)


        self.import_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.import_rule_column)


        self.import_layout.addLayout(self.import_form)

        self.import_tabs = QTabWidget(ImportUsersDialog)
        self.import_tabs.setObjectName(u"import_tabs")
        self.import_preview_tab = QWidget()
        self.import_preview_tab.setObjectName(u"import_preview_tab")
        self.import_preview_layout = QVBoxLayout(self.import_preview_tab)
        self.import_preview_layout.setObjectName(u"import_preview_layout")
        self.import_preview_table = QTableView(self.import_preview_tab)
        self.import_preview_table.setObjectName(u"import_preview_table")
        self.import_preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.import_preview_table.setSortingEnabled(True)
        self.import_preview_table.setWordWrap(False)

        self.import_preview_layout.addWidget(self.import_preview_table)

        self.import_tabs.addTab(self.import_preview_tab, "")
        self.import_problems_tab = QWidget()
        self.import_problems_tab.setObjectName(u"import_problems_tab")
        self.import_problems_layout = QVBoxLayout(self.import_problems_tab)
        self.import_problems_layout.setObjectName(u"import_problems_layout")
        self.import_problems_table = QTableView(self.import_problems_tab)
        self.import_problems_table.setObjectName(u"import_problems_table")
        self.import_problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.import_problems_table.setSortingEnabled(True)
        self.import_problems_table.setWordWrap(False)

        self.import_problems_layout.addWidget(self.import_problems_table)

        self.import_tabs.addTab(self.import_problems_tab, "")

        self.import_layout.addWidget(self.import_tabs)

        self.import_summary_label = QLabel(ImportUsersDialog)
        self.import_summary_label.setObjectName(u"import_summary_label")
        self.import_summary_label.setWordWrap(True)
        self.import_summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.import_layout.addWidget(self.import_summary_label)

        self.import_buttons_row = QHBoxLayout()
        self.import_buttons_row.setObjectName(u"import_buttons_row")
        self.import_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.import_buttons_row.addItem(self.import_buttons_spacer)

        self.cancel_button = QPushButton(ImportUsersDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setText(u"Cancel")
        self.cancel_button.setAutoDefault(False)

        self.import_buttons_row.addWidget(self.cancel_button)

        self.import_confirm_button = QPushButton(ImportUsersDialog)
        self.import_confirm_button.setObjectName(u"import_confirm_button")
        self.import_confirm_button.setAutoDefault(False)

        self.import_buttons_row.addWidget(self.import_confirm_button)


        self.import_layout.addLayout(self.import_buttons_row)

#if QT_CONFIG(shortcut)
        self.import_path_label.setBuddy(self.import_path_edit)
        self.import_rule_label.setBuddy(self.import_rule_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportUsersDialog)
    # setupUi

    def retranslateUi(self, ImportUsersDialog):
        ImportUsersDialog.setWindowTitle(QCoreApplication.translate("ImportUsersDialog", u"Import the live account", None))
        self.import_intro_label.setText(QCoreApplication.translate("ImportUsersDialog", u"Choose the file the CRM saves with Users & Teams \u203a Export users. Nothing is written until you confirm the import.", None))
        self.import_path_label.setText(QCoreApplication.translate("ImportUsersDialog", u"File:", None))
        self.import_choose_button.setText(QCoreApplication.translate("ImportUsersDialog", u"Choose file\u2026", None))
        self.import_rule_label.setText(QCoreApplication.translate("ImportUsersDialog", u"Seat rule:", None))
        self.import_tabs.setTabText(self.import_tabs.indexOf(self.import_preview_tab), QCoreApplication.translate("ImportUsersDialog", u"Page", None))
        self.import_tabs.setTabText(self.import_tabs.indexOf(self.import_problems_tab), QCoreApplication.translate("ImportUsersDialog", u"Page", None))
        self.import_confirm_button.setText(QCoreApplication.translate("ImportUsersDialog", u"Import", None))
    # retranslateUi

