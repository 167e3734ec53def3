# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_user_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTableWidget, QTableWidgetItem, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage

class Ui_CreateUserWizard(object):
    def setupUi(self, CreateUserWizard):
        if not CreateUserWizard.objectName():
            CreateUserWizard.setObjectName(u"CreateUserWizard")
        CreateUserWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage|QWizard.WizardOption.NoBackButtonOnLastPage)
        self.add_users_page = QWizardPage()
        self.add_users_page.setObjectName(u"add_users_page")
        self.add_users_layout = QVBoxLayout(self.add_users_page)
        self.add_users_layout.setObjectName(u"add_users_layout")
        self.emails_caption = QLabel(self.add_users_page)
        self.emails_caption.setObjectName(u"emails_caption")
        self.emails_caption.setStyleSheet(u"font-weight: bold")

        self.add_users_layout.addWidget(self.emails_caption)

        self.emails_edit = QPlainTextEdit(self.add_users_page)
        self.emails_edit.setObjectName(u"emails_edit")
        self.emails_edit.setMaximumSize(QSize(16777215, 72))
        self.emails_edit.setTabChangesFocus(True)
        self.emails_edit.setPlaceholderText(u"name@example.com, other@example.com")

        self.add_users_layout.addWidget(self.emails_edit)

        self.emails_hint = QLabel(self.add_users_page)
        self.emails_hint.setObjectName(u"emails_hint")
        self.emails_hint.setWordWrap(True)

        self.add_users_layout.addWidget(self.emails_hint)

        self.csv_caption = QLabel(self.add_users_page)
        self.csv_caption.setObjectName(u"csv_caption")
        self.csv_caption.setStyleSheet(u"font-weight: bold")

        self.add_users_layout.addWidget(self.csv_caption)

        self.csv_drop_frame = QFrame(self.add_users_page)
        self.csv_drop_frame.setObjectName(u"csv_drop_frame")
        self.csv_drop_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.csv_drop_frame.setFrameShadow(QFrame.Shadow.Sunken)
        self.csv_drop_layout = QGridLayout(self.csv_drop_frame)
        self.csv_drop_layout.setObjectName(u"csv_drop_layout")
        self.csv_drop_label = QLabel(self.csv_drop_frame)
        self.csv_drop_label.setObjectName(u"csv_drop_label")

        self.csv_drop_layout.addWidget(self.csv_drop_label, 0, 0, 1, 2)

        self.csv_path_edit = QLineEdit(self.csv_drop_frame)
        self.csv_path_edit.setObjectName(u"csv_path_edit")
        self.csv_path_edit.setClearButtonEnabled(True)

        self.csv_drop_layout.addWidget(self.csv_path_edit, 1, 0, 1, 1)

        self.csv_choose_button = QPushButton(self.csv_drop_frame)
        self.csv_choose_button.setObjectName(u"csv_choose_button")

        self.csv_drop_layout.addWidget(self.csv_choose_button, 1, 1, 1, 1)

        self.csv_status_label = QLabel(self.csv_drop_frame)
        self.csv_status_label.setObjectName(u"csv_status_label")
        self.csv_status_label.setText(u"")
        self.csv_status_label.setWordWrap(True)

        self.csv_drop_layout.addWidget(self.csv_status_label, 2, 0, 1, 2)


        self.add_users_layout.addWidget(self.csv_drop_frame)

        self.csv_hint = QLabel(self.add_users_page)
        self.csv_hint.setObjectName(u"csv_hint")
        self.csv_hint.setText(u"")
        self.csv_hint.setWordWrap(True)

        self.add_users_layout.addWidget(self.csv_hint)

        self.salesforce_layout = QHBoxLayout()
        self.salesforce_layout.setObjectName(u"salesforce_layout")
        self.salesforce_button = QPushButton(self.add_users_page)
        self.salesforce_button.setObjectName(u"salesforce_button")

        self.salesforce_layout.addWidget(self.salesforce_button)

        self.salesforce_note = QLabel(self.add_users_page)
        self.salesforce_note.setObjectName(u"salesforce_note")
        self.salesforce_note.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.salesforce_note.sizePolicy().hasHeightForWidth())
        self.salesforce_note.setSizePolicy(sizePolicy)

        self.salesforce_layout.addWidget(self.salesforce_note)


        self.add_users_layout.addLayout(self.salesforce_layout)

        self.salesforce_table = QTableWidget(self.add_users_page)
        if (self.salesforce_table.columnCount() < 2):
            self.salesforce_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.salesforce_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.salesforce_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.salesforce_table.setObjectName(u"salesforce_table")
        self.salesforce_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.salesforce_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.salesforce_table.setColumnCount(2)
        self.salesforce_table.horizontalHeader().setStretchLastSection(True)
        self.salesforce_table.verticalHeader().setVisible(False)

        self.add_users_layout.addWidget(self.salesforce_table)

        self.problems_label = QLabel(self.add_users_page)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setText(u"")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(u"color: #b91c1c")

        self.add_users_layout.addWidget(self.problems_label)

        self.import_problems_table = QTableWidget(self.add_users_page)
        if (self.import_problems_table.columnCount() < 4):
            self.import_problems_table.setColumnCount(4)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.import_problems_table.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.import_problems_table.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.import_problems_table.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.import_problems_table.setHorizontalHeaderItem(3, __qtablewidgetitem5)
        self.import_problems_table.setObjectName(u"import_problems_table")
        self.import_problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.import_problems_table.setColumnCount(4)
        self.import_problems_table.horizontalHeader().setStretchLastSection(True)
        self.import_problems_table.verticalHeader().setVisible(False)

        self.add_users_layout.addWidget(self.import_problems_table)

        self.add_users_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.add_users_layout.addItem(self.add_users_spacer)

        CreateUserWizard.addPage(self.add_users_page)
        self.access_page = QWizardPage()
        self.access_page.setObjectName(u"access_page")
        self.access_layout = QVBoxLayout(self.access_page)
        self.access_layout.setObjectName(u"access_layout")
        self.batch_label = QLabel(self.access_page)
        self.batch_label.setObjectName(u"batch_label")
        self.batch_label.setText(u"")
        self.batch_label.setWordWrap(True)

        self.access_layout.addWidget(self.batch_label)

        self.access_tabs = QTabWidget(self.access_page)
        self.access_tabs.setObjectName(u"access_tabs")
        self.assign_seat_section = QWidget()
        self.assign_seat_section.setObjectName(u"assign_seat_section")
        self.assign_seat_layout = QVBoxLayout(self.assign_seat_section)
        self.assign_seat_layout.setObjectName(u"assign_seat_layout")
        self.seat_stack = QStackedWidget(self.assign_seat_section)
        self.seat_stack.setObjectName(u"seat_stack")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.seat_stack.sizePolicy().hasHeightForWidth())
        self.seat_stack.setSizePolicy(sizePolicy1)
        self.seat_based_page = QWidget()
        self.seat_based_page.setObjectName(u"seat_based_page")
        self.seat_based_layout = QFormLayout(self.seat_based_page)
        self.seat_based_layout.setObjectName(u"seat_based_layout")
        self.seat_based_layout.setContentsMargins(0, 0, 0, 0)
        self.seat_type_caption = QLabel(self.seat_based_page)
        self.seat_type_caption.setObjectName(u"seat_type_caption")

        self.seat_based_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seat_type_caption)

        self.seat_type_combo = QComboBox(self.seat_based_page)
        self.seat_type_combo.setObjectName(u"seat_type_combo")

        self.seat_based_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seat_type_combo)

        self.seat_description_label = QLabel(self.seat_based_page)
        self.seat_description_label.setObjectName(u"seat_description_label")
        self.seat_description_label.setText(u"")
        self.seat_description_label.setWordWrap(True)

        self.seat_based_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.seat_description_label)

        self.partner_check = QCheckBox(self.seat_based_page)
        self.partner_check.setObjectName(u"partner_check")

        self.seat_based_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.partner_check)

        self.seat_stack.addWidget(self.seat_based_page)
        self.legacy_page = QWidget()
        self.legacy_page.setObjectName(u"legacy_page")
        self.legacy_layout = QVBoxLayout(self.legacy_page)
        self.legacy_layout.setObjectName(u"legacy_layout")
        self.legacy_layout.setContentsMargins(0, 0, 0, 0)
        self.legacy_tabs = QTabWidget(self.legacy_page)
        self.legacy_tabs.setObjectName(u"legacy_tabs")
        self.sales_tab = QWidget()
        self.sales_tab.setObjectName(u"sales_tab")
        self.sales_layout = QVBoxLayout(self.sales_tab)
        self.sales_layout.setObjectName(u"sales_layout")
        self.sales_access_check = QCheckBox(self.sales_tab)
        self.sales_access_check.setObjectName(u"sales_access_check")

        self.sales_layout.addWidget(self.sales_access_check)

        self.sales_tier_check = QCheckBox(self.sales_tab)
        self.sales_tier_check.setObjectName(u"sales_tier_check")
        self.sales_tier_check.setText(u"")

        self.sales_layout.addWidget(self.sales_tier_check)

        self.sales_seats_label = QLabel(self.sales_tab)
        self.sales_seats_label.setObjectName(u"sales_seats_label")
        self.sales_seats_label.setText(u"")
        self.sales_seats_label.setWordWrap(True)

        self.sales_layout.addWidget(self.sales_seats_label)

        self.legacy_tabs.addTab(self.sales_tab, "")
        self.service_tab = QWidget()
        self.service_tab.setObjectName(u"service_tab")
        self.service_layout = QVBoxLayout(self.service_tab)
        self.service_layout.setObjectName(u"service_layout")
        self.service_access_check = QCheckBox(self.service_tab)
        self.service_access_check.setObjectName(u"service_access_check")

        self.service_layout.addWidget(self.service_access_check)

        self.service_tier_check = QCheckBox(self.service_tab)
        self.service_tier_check.setObjectName(u"service_tier_check")
        self.service_tier_check.setText(u"")

        self.service_layout.addWidget(self.service_tier_check)

        self.service_seats_label = QLabel(self.service_tab)
        self.service_seats_label.setObjectName(u"service_seats_label")
        self.service_seats_label.setText(u"")
        self.service_seats_label.setWordWrap(True)

        self.service_layout.addWidget(self.service_seats_label)

        self.legacy_tabs.addTab(self.service_tab, "")

        self.legacy_layout.addWidget(self.legacy_tabs)

        self.legacy_seat_hint = QLabel(self.legacy_page)
        self.legacy_seat_hint.setObjectName(u"legacy_seat_hint")
        self.legacy_seat_hint.setWordWrap(True)

        self.legacy_layout.addWidget(self.legacy_seat_hint)

        self.seat_stack.addWidget(self.legacy_page)

        self.assign_seat_layout.addWidget(self.seat_stack)

        self.super_admin_check = QCheckBox(self.assign_seat_section)
        self.super_admin_check.setObjectName(u"super_admin_check")

        self.assign_seat_layout.addWidget(self.super_admin_check)

        self.super_admin_note = QLabel(self.assign_seat_section)
        self.super_admin_note.setObjectName(u"super_admin_note")
        self.super_admin_note.setText(u"")
        self.super_admin_note.setWordWrap(True)

        self.assign_seat_layout.addWidget(self.super_admin_note)

        self.assign_seat_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.assign_seat_layout.addItem(self.assign_seat_spacer)

        self.access_tabs.addTab(self.assign_seat_section, "")
        self.restrict_section = QWidget()
        self.restrict_section.setObjectName(u"restrict_section")
        self.restrict_layout = QVBoxLayout(self.restrict_section)
        self.restrict_layout.setObjectName(u"restrict_layout")
        self.restrict_none_radio = QRadioButton(self.restrict_section)
        self.restrict_none_radio.setObjectName(u"restrict_none_radio")
        self.restrict_none_radio.setChecked(True)

        self.restrict_layout.addWidget(self.restrict_none_radio)

        self.restrict_none_desc = QLabel(self.restrict_section)
        self.restrict_none_desc.setObjectName(u"restrict_none_desc")
        self.restrict_none_desc.setWordWrap(True)
        self.restrict_none_desc.setIndent(24)

        self.restrict_layout.addWidget(self.restrict_none_desc)

        self.restrict_template_radio = QRadioButton(self.restrict_section)
        self.restrict_template_radio.setObjectName(u"restrict_template_radio")

        self.restrict_layout.addWidget(self.restrict_template_radio)

        self.restrict_template_desc = QLabel(self.restrict_section)
        self.restrict_template_desc.setObjectName(u"restrict_template_desc")
        self.restrict_template_desc.setWordWrap(True)
        self.restrict_template_desc.setIndent(24)

        self.restrict_layout.addWidget(self.restrict_template_desc)

        self.restrict_scratch_radio = QRadioButton(self.restrict_section)
        self.restrict_scratch_radio.setObjectName(u"restrict_scratch_radio")

        self.restrict_layout.addWidget(self.restrict_scratch_radio)

        self.restrict_scratch_desc = QLabel(self.restrict_section)
        self.restrict_scratch_desc.setObjectName(u"restrict_scratch_desc")
        self.restrict_scratch_desc.setWordWrap(True)
        self.restrict_scratch_desc.setIndent(24)

        self.restrict_layout.addWidget(self.restrict_scratch_desc)

        self.template_box = QGroupBox(self.restrict_section)
        self.template_box.setObjectName(u"template_box")
        self.template_layout = QFormLayout(self.template_box)
        self.template_layout.setObjectName(u"template_layout")
        self.template_caption = QLabel(self.template_box)
        self.template_caption.setObjectName(u"template_caption")

        self.template_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_caption)

        self.template_combo = QComboBox(self.template_box)
        self.template_combo.setObjectName(u"template_combo")

        self.template_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_combo)


        self.restrict_layout.addWidget(self.template_box)

        self.permissions_caption = QLabel(self.restrict_section)
        self.permissions_caption.setObjectName(u"permissions_caption")
        self.permissions_caption.setStyleSheet(u"font-weight: bold")

        self.restrict_layout.addWidget(self.permissions_caption)

        self.permissions_tree = QTreeWidget(self.restrict_section)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.permissions_tree.setHeaderItem(__qtreewidgetitem)
        self.permissions_tree.setObjectName(u"permissions_tree")
        self.permissions_tree.setHeaderHidden(True)
        self.permissions_tree.setMinimumSize(QSize(0, 150))

        self.restrict_layout.addWidget(self.permissions_tree)

        self.access_tabs.addTab(self.restrict_section, "")
        self.review_section = QWidget()
        self.review_section.setObjectName(u"review_section")
        self.review_layout = QVBoxLayout(self.review_section)
        self.review_layout.setObjectName(u"review_layout")
        self.review_access_view = QTextBrowser(self.review_section)
        self.review_access_view.setObjectName(u"review_access_view")

        self.review_layout.addWidget(self.review_access_view)

        self.go_back_hint = QLabel(self.review_section)
        self.go_back_hint.setObjectName(u"go_back_hint")
        self.go_back_hint.setWordWrap(True)

        self.review_layout.addWidget(self.go_back_hint)

        self.access_tabs.addTab(self.review_section, "")

        self.access_layout.addWidget(self.access_tabs)

        CreateUserWizard.addPage(self.access_page)
        self.invite_page = QWizardPage()
        self.invite_page.setObjectName(u"invite_page")
        self.invite_layout = QVBoxLayout(self.invite_page)
        self.invite_layout.setObjectName(u"invite_layout")
        self.invite_info = QLabel(self.invite_page)
        self.invite_info.setObjectName(u"invite_info")
        self.invite_info.setWordWrap(True)

        self.invite_layout.addWidget(self.invite_info)

        self.no_invite_check = QCheckBox(self.invite_page)
        self.no_invite_check.setObjectName(u"no_invite_check")
        self.no_invite_check.setText(u"")

        self.invite_layout.addWidget(self.no_invite_check)

        self.no_invite_hint = QLabel(self.invite_page)
        self.no_invite_hint.setObjectName(u"no_invite_hint")
        self.no_invite_hint.setText(u"")
        self.no_invite_hint.setWordWrap(True)
        self.no_invite_hint.setIndent(24)

        self.invite_layout.addWidget(self.no_invite_hint)

        self.invite_form = QFormLayout()
        self.invite_form.setObjectName(u"invite_form")
        self.invite_language_caption = QLabel(self.invite_page)
        self.invite_language_caption.setObjectName(u"invite_language_caption")

        self.invite_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.invite_language_caption)

        self.invite_language_combo = QComboBox(self.invite_page)
        self.invite_language_combo.setObjectName(u"invite_language_combo")

        self.invite_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.invite_language_combo)


        self.invite_layout.addLayout(self.invite_form)

        self.review_caption = QLabel(self.invite_page)
        self.review_caption.setObjectName(u"review_caption")
        self.review_caption.setStyleSheet(u"font-weight: bold")
        self.review_caption.setWordWrap(True)

        self.invite_layout.addWidget(self.review_caption)

        self.final_review_view = QTextBrowser(self.invite_page)
        self.final_review_view.setObjectName(u"final_review_view")

        self.invite_layout.addWidget(self.final_review_view)

        self.checkout_note = QLabel(self.invite_page)
        self.checkout_note.setObjectName(u"checkout_note")
        self.checkout_note.setText(u"")
        self.checkout_note.setWordWrap(True)
        self.checkout_note.setStyleSheet(u"color: #b45309")

        self.invite_layout.addWidget(self.checkout_note)

        CreateUserWizard.addPage(self.invite_page)
        self.done_page = QWizardPage()
        self.done_page.setObjectName(u"done_page")
        self.done_layout = QVBoxLayout(self.done_page)
        self.done_layout.setObjectName(u"done_layout")
        self.done_label = QLabel(self.done_page)
        self.done_label.setObjectName(u"done_label")
        self.done_label.setText(u"")
        self.done_label.setWordWrap(True)

        self.done_layout.addWidget(self.done_label)

        self.created_table = QTableWidget(self.done_page)
        if (self.created_table.columnCount() < 3):
            self.created_table.setColumnCount(3)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.created_table.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.created_table.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.created_table.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        self.created_table.setObjectName(u"created_table")
        self.created_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.created_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.created_table.setColumnCount(3)
        self.created_table.horizontalHeader().setStretchLastSection(True)
        self.created_table.verticalHeader().setVisible(False)

        self.done_layout.addWidget(self.created_table)

        self.copy_link_hint = QLabel(self.done_page)
        self.copy_link_hint.setObjectName(u"copy_link_hint")
        self.copy_link_hint.setText(u"")
        self.copy_link_hint.setWordWrap(True)

        self.done_layout.addWidget(self.copy_link_hint)

        self.after_form = QFormLayout()
        self.after_form.setObjectName(u"after_form")
        self.team_caption = QLabel(self.done_page)
        self.team_caption.setObjectName(u"team_caption")

        self.after_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.team_caption)

        self.team_combo = QComboBox(self.done_page)
        self.team_combo.setObjectName(u"team_combo")

        self.after_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.team_combo)

        self.preset_caption = QLabel(self.done_page)
        self.preset_caption.setObjectName(u"preset_caption")

        self.after_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.preset_caption)

        self.preset_combo = QComboBox(self.done_page)
        self.preset_combo.setObjectName(u"preset_combo")

        self.after_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.preset_combo)


        self.done_layout.addLayout(self.after_form)

        self.outcome_label = QLabel(self.done_page)
        self.outcome_label.setObjectName(u"outcome_label")
        self.outcome_label.setText(u"")
        self.outcome_label.setWordWrap(True)

        self.done_layout.addWidget(self.outcome_label)

        self.done_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.done_layout.addItem(self.done_spacer)

        CreateUserWizard.addPage(self.done_page)
#if QT_CONFIG(shortcut)
        self.emails_caption.setBuddy(self.emails_edit)
        self.seat_type_caption.setBuddy(self.seat_type_combo)
        self.template_caption.setBuddy(self.template_combo)
        self.invite_language_caption.setBuddy(self.invite_language_combo)
        self.team_caption.setBuddy(self.team_combo)
        self.preset_caption.setBuddy(self.preset_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreateUserWizard)
    # setupUi

    def retranslateUi(self, CreateUserWizard):
        CreateUserWizard.setWindowTitle(QCoreApplication.translate("CreateUserWizard", u"Create user", None))
        self.add_users_page.setTitle(QCoreApplication.translate("CreateUserWizard", u"Add users", None))
        self.add_users_page.setSubTitle(QCoreApplication.translate("CreateUserWizard", u"Add the people to invite, in one of three ways. Nothing is created before the last step.", None))
        self.emails_caption.setText(QCoreApplication.translate("CreateUserWizard", u"Add email address(es)", None))
        self.emails_hint.setText(QCoreApplication.translate("CreateUserWizard", u"Separate multiple email addresses with a comma or a space.", None))
        self.csv_caption.setText(QCoreApplication.translate("CreateUserWizard", u"A CSV file", None))
        self.csv_drop_label.setText(QCoreApplication.translate("CreateUserWizard", u"Drag and drop a CSV file here, or:", None))
        self.csv_path_edit.setPlaceholderText(QCoreApplication.translate("CreateUserWizard", u"Path of the CSV file", None))
        self.csv_choose_button.setText(QCoreApplication.translate("CreateUserWizard", u"Choose file\u2026", None))
        self.salesforce_button.setText(QCoreApplication.translate("CreateUserWizard", u"Salesforce records", None))
        self.salesforce_note.setText(QCoreApplication.translate("CreateUserWizard", u"Importing from Salesforce needs the Salesforce integration (Professional and Enterprise only). All Salesforce users are selected by default; clear the ones you don't want.", None))
        ___qtablewidgetitem = self.salesforce_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CreateUserWizard", u"Email", None))
        ___qtablewidgetitem1 = self.salesforce_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CreateUserWizard", u"Name", None))
        ___qtablewidgetitem2 = self.import_problems_table.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CreateUserWizard", u"Source", None))
        ___qtablewidgetitem3 = self.import_problems_table.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CreateUserWizard", u"Line", None))
        ___qtablewidgetitem4 = self.import_problems_table.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CreateUserWizard", u"Email address", None))
        ___qtablewidgetitem5 = self.import_problems_table.horizontalHeaderItem(3)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CreateUserWizard", u"Problem", None))
        self.access_page.setTitle(QCoreApplication.translate("CreateUserWizard", u"Configure user access levels", None))
        self.seat_type_caption.setText(QCoreApplication.translate("CreateUserWizard", u"Seat assignment", None))
        self.partner_check.setText(QCoreApplication.translate("CreateUserWizard", u"These users are Solutions Partner employees", None))
        self.sales_access_check.setText(QCoreApplication.translate("CreateUserWizard", u"Sales Access", None))
        self.legacy_tabs.setTabText(self.legacy_tabs.indexOf(self.sales_tab), QCoreApplication.translate("CreateUserWizard", u"Sales", None))
        self.service_access_check.setText(QCoreApplication.translate("CreateUserWizard", u"Service Access", None))
        self.legacy_tabs.setTabText(self.legacy_tabs.indexOf(self.service_tab), QCoreApplication.translate("CreateUserWizard", u"Service", None))
        self.legacy_seat_hint.setText(QCoreApplication.translate("CreateUserWizard", u"Each time you give a user access to paid features, you assign one seat.", None))
        self.super_admin_check.setText(QCoreApplication.translate("CreateUserWizard", u"Super Admin", None))
        self.access_tabs.setTabText(self.access_tabs.indexOf(self.assign_seat_section), QCoreApplication.translate("CreateUserWizard", u"Assign seat", None))
        self.restrict_none_radio.setText(QCoreApplication.translate("CreateUserWizard", u"Don't restrict access", None))
        self.restrict_none_desc.setText(QCoreApplication.translate("CreateUserWizard", u"Users get HubSpot's default permissions for the seat you selected.", None))
        self.restrict_template_radio.setText(QCoreApplication.translate("CreateUserWizard", u"Start with a template", None))
        self.restrict_template_desc.setText(QCoreApplication.translate("CreateUserWizard", u"Give users a set of permissions based on their job.", None))
        self.restrict_scratch_radio.setText(QCoreApplication.translate("CreateUserWizard", u"Start from scratch", None))
        self.restrict_scratch_desc.setText(QCoreApplication.translate("CreateUserWizard", u"See HubSpot's full list of permissions and customize access for your new users.", None))
        self.template_box.setTitle(QCoreApplication.translate("CreateUserWizard", u"Restrict access with a default permission set", None))
        self.template_caption.setText(QCoreApplication.translate("CreateUserWizard", u"Select a template", None))
        self.permissions_caption.setText(QCoreApplication.translate("CreateUserWizard", u"Limit access with permissions", None))
        self.access_tabs.setTabText(self.access_tabs.indexOf(self.restrict_section), QCoreApplication.translate("CreateUserWizard", u"Choose how to restrict access", None))
        self.go_back_hint.setText(QCoreApplication.translate("CreateUserWizard", u"Go back to earlier sections if you need to change anything.", None))
        self.access_tabs.setTabText(self.access_tabs.indexOf(self.review_section), QCoreApplication.translate("CreateUserWizard", u"Review access", None))
        self.invite_page.setTitle(QCoreApplication.translate("CreateUserWizard", u"Invite", None))
        self.invite_info.setText(QCoreApplication.translate("CreateUserWizard", u"By default, HubSpot sends new users an invite email with a link to set their password.", None))
        self.invite_language_caption.setText(QCoreApplication.translate("CreateUserWizard", u"Language of the invite email", None))
        self.review_caption.setText(QCoreApplication.translate("CreateUserWizard", u"Review the permissions, then click Create user.", None))
        self.done_page.setTitle(QCoreApplication.translate("CreateUserWizard", u"Users created", None))
        ___qtablewidgetitem6 = self.created_table.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CreateUserWizard", u"Email", None))
        ___qtablewidgetitem7 = self.created_table.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CreateUserWizard", u"Invite email", None))
        ___qtablewidgetitem8 = self.created_table.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CreateUserWizard", u"Copy invite link", None))
        self.team_caption.setText(QCoreApplication.translate("CreateUserWizard", u"Add your users to a team", None))
        self.preset_caption.setText(QCoreApplication.translate("CreateUserWizard", u"Set up users with preset settings", None))
#if QT_CONFIG(tooltip)
        self.preset_combo.setToolTip(QCoreApplication.translate("CreateUserWizard", u"Preset settings", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

