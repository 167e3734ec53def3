# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTableView, QToolButton, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        MainWindow.setWindowTitle(u"seatdesk")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.main_stack = QStackedWidget(self.central_widget)
        self.main_stack.setObjectName(u"main_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_spacer_top = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_spacer_top)

        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.empty_button_row = QHBoxLayout()
        self.empty_button_row.setObjectName(u"empty_button_row")
        self.empty_spacer_left = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_button_row.addItem(self.empty_spacer_left)

        self.setup_account_button = QPushButton(self.empty_page)
        self.setup_account_button.setObjectName(u"setup_account_button")

        self.empty_button_row.addWidget(self.setup_account_button)

        self.empty_spacer_right = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_button_row.addItem(self.empty_spacer_right)


        self.empty_layout.addLayout(self.empty_button_row)

        self.empty_spacer_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_spacer_bottom)

        self.main_stack.addWidget(self.empty_page)
        self.main_tabs = QTabWidget()
        self.main_tabs.setObjectName(u"main_tabs")
        self.users_teams_page = QWidget()
        self.users_teams_page.setObjectName(u"users_teams_page")
        self.users_teams_layout = QVBoxLayout(self.users_teams_page)
        self.users_teams_layout.setObjectName(u"users_teams_layout")
        self.users_header_row = QHBoxLayout()
        self.users_header_row.setObjectName(u"users_header_row")
        self.users_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.users_header_row.addItem(self.users_header_spacer)

        self.outbox_button = QPushButton(self.users_teams_page)
        self.outbox_button.setObjectName(u"outbox_button")

        self.users_header_row.addWidget(self.outbox_button)

        self.create_user_button = QPushButton(self.users_teams_page)
        self.create_user_button.setObjectName(u"create_user_button")

        self.users_header_row.addWidget(self.create_user_button)


        self.users_teams_layout.addLayout(self.users_header_row)

        self.users_teams_tabs = QTabWidget(self.users_teams_page)
        self.users_teams_tabs.setObjectName(u"users_teams_tabs")
        self.users_tab = QWidget()
        self.users_tab.setObjectName(u"users_tab")
        self.users_layout = QVBoxLayout(self.users_tab)
        self.users_layout.setObjectName(u"users_layout")
        self.users_desc_label = QLabel(self.users_tab)
        self.users_desc_label.setObjectName(u"users_desc_label")
        self.users_desc_label.setWordWrap(True)

        self.users_layout.addWidget(self.users_desc_label)

        self.users_filter_row = QHBoxLayout()
        self.users_filter_row.setObjectName(u"users_filter_row")
        self.users_search_edit = QLineEdit(self.users_tab)
        self.users_search_edit.setObjectName(u"users_search_edit")
        self.users_search_edit.setClearButtonEnabled(True)

        self.users_filter_row.addWidget(self.users_search_edit)

        self.users_count_label = QLabel(self.users_tab)
        self.users_count_label.setObjectName(u"users_count_label")
        self.users_count_label.setText(u"")

        self.users_filter_row.addWidget(self.users_count_label)

        self.users_actions_button = QToolButton(self.users_tab)
        self.users_actions_button.setObjectName(u"users_actions_button")
        self.users_actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.users_filter_row.addWidget(self.users_actions_button)


        self.users_layout.addLayout(self.users_filter_row)

        self.users_table = QTableView(self.users_tab)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSortingEnabled(True)
        self.users_table.setAlternatingRowColors(True)
        self.users_table.setWordWrap(False)

        self.users_layout.addWidget(self.users_table)

        self.users_teams_tabs.addTab(self.users_tab, "")
        self.seats_tab = QWidget()
        self.seats_tab.setObjectName(u"seats_tab")
        self.seats_layout = QVBoxLayout(self.seats_tab)
        self.seats_layout.setObjectName(u"seats_layout")
        self.seats_desc_label = QLabel(self.seats_tab)
        self.seats_desc_label.setObjectName(u"seats_desc_label")
        self.seats_desc_label.setWordWrap(True)

        self.seats_layout.addWidget(self.seats_desc_label)

        self.paid_seats_row = QHBoxLayout()
        self.paid_seats_row.setObjectName(u"paid_seats_row")
        self.paid_seats_label = QLabel(self.seats_tab)
        self.paid_seats_label.setObjectName(u"paid_seats_label")
        self.paid_seats_label.setText(u"")

        self.paid_seats_row.addWidget(self.paid_seats_label)

        self.legacy_remove_button = QPushButton(self.seats_tab)
        self.legacy_remove_button.setObjectName(u"legacy_remove_button")

        self.paid_seats_row.addWidget(self.legacy_remove_button)

        self.paid_seats_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paid_seats_row.addItem(self.paid_seats_spacer)

        self.change_seat_button = QPushButton(self.seats_tab)
        self.change_seat_button.setObjectName(u"change_seat_button")

        self.paid_seats_row.addWidget(self.change_seat_button)


        self.seats_layout.addLayout(self.paid_seats_row)

        self.seat_summaries_layout = QHBoxLayout()
        self.seat_summaries_layout.setObjectName(u"seat_summaries_layout")

        self.seats_layout.addLayout(self.seat_summaries_layout)

        self.seats_filter_row = QHBoxLayout()
        self.seats_filter_row.setObjectName(u"seats_filter_row")
        self.seats_search_edit = QLineEdit(self.seats_tab)
        self.seats_search_edit.setObjectName(u"seats_search_edit")
        self.seats_search_edit.setClearButtonEnabled(True)

        self.seats_filter_row.addWidget(self.seats_search_edit)


        self.seats_layout.addLayout(self.seats_filter_row)

        self.seats_table = QTableView(self.seats_tab)
        self.seats_table.setObjectName(u"seats_table")
        self.seats_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.seats_table.setSortingEnabled(True)
        self.seats_table.setAlternatingRowColors(True)
        self.seats_table.setWordWrap(False)

        self.seats_layout.addWidget(self.seats_table)

        self.users_teams_tabs.addTab(self.seats_tab, "")

        self.users_teams_layout.addWidget(self.users_teams_tabs)

        self.main_tabs.addTab(self.users_teams_page, "")
        self.billing_tab = QWidget()
        self.billing_tab.setObjectName(u"billing_tab")
        self.billing_layout = QVBoxLayout(self.billing_tab)
        self.billing_layout.setObjectName(u"billing_layout")
        self.billing_tabs = QTabWidget(self.billing_tab)
        self.billing_tabs.setObjectName(u"billing_tabs")
        self.overview_tab = QWidget()
        self.overview_tab.setObjectName(u"overview_tab")
        self.products_page_layout = QVBoxLayout(self.overview_tab)
        self.products_page_layout.setObjectName(u"products_page_layout")
        self.products_heading = QLabel(self.overview_tab)
        self.products_heading.setObjectName(u"products_heading")

        self.products_page_layout.addWidget(self.products_heading)

        self.products_scroll = QScrollArea(self.overview_tab)
        self.products_scroll.setObjectName(u"products_scroll")
        self.products_scroll.setWidgetResizable(True)
        self.products_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.products_area = QWidget()
        self.products_area.setObjectName(u"products_area")
        self.products_layout = QVBoxLayout(self.products_area)
        self.products_layout.setObjectName(u"products_layout")
        self.products_scroll.setWidget(self.products_area)

        self.products_page_layout.addWidget(self.products_scroll)

        self.billing_tabs.addTab(self.overview_tab, "")
        self.subscriptions_tab = QWidget()
        self.subscriptions_tab.setObjectName(u"subscriptions_tab")
        self.subscriptions_page_layout = QVBoxLayout(self.subscriptions_tab)
        self.subscriptions_page_layout.setObjectName(u"subscriptions_page_layout")
        self.subscriptions_table = QTableView(self.subscriptions_tab)
        self.subscriptions_table.setObjectName(u"subscriptions_table")
        self.subscriptions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subscriptions_table.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.subscriptions_table.sizePolicy().hasHeightForWidth())
        self.subscriptions_table.setSizePolicy(sizePolicy)

        self.subscriptions_page_layout.addWidget(self.subscriptions_table)

        self.committed_heading = QLabel(self.subscriptions_tab)
        self.committed_heading.setObjectName(u"committed_heading")

        self.subscriptions_page_layout.addWidget(self.committed_heading)

        self.committed_scroll = QScrollArea(self.subscriptions_tab)
        self.committed_scroll.setObjectName(u"committed_scroll")
        self.committed_scroll.setWidgetResizable(True)
        self.committed_scroll.setFrameShape(QFrame.Shape.NoFrame)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(2)
        sizePolicy1.setHeightForWidth(self.committed_scroll.sizePolicy().hasHeightForWidth())
        self.committed_scroll.setSizePolicy(sizePolicy1)
        self.committed_area = QWidget()
        self.committed_area.setObjectName(u"committed_area")
        self.committed_layout = QVBoxLayout(self.committed_area)
        self.committed_layout.setObjectName(u"committed_layout")
        self.committed_scroll.setWidget(self.committed_area)

        self.subscriptions_page_layout.addWidget(self.committed_scroll)

        self.billing_tabs.addTab(self.subscriptions_tab, "")

        self.billing_layout.addWidget(self.billing_tabs)

        self.catalog_note_label = QLabel(self.billing_tab)
        self.catalog_note_label.setObjectName(u"catalog_note_label")
        self.catalog_note_label.setText(u"")
        self.catalog_note_label.setWordWrap(True)

        self.billing_layout.addWidget(self.catalog_note_label)

        self.billing_rule_label = QLabel(self.billing_tab)
        self.billing_rule_label.setObjectName(u"billing_rule_label")
        self.billing_rule_label.setWordWrap(True)

        self.billing_layout.addWidget(self.billing_rule_label)

        self.main_tabs.addTab(self.billing_tab, "")
        self.events_tab = QWidget()
        self.events_tab.setObjectName(u"events_tab")
        self.events_layout = QVBoxLayout(self.events_tab)
        self.events_layout.setObjectName(u"events_layout")
        self.events_table = QTableView(self.events_tab)
        self.events_table.setObjectName(u"events_table")
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setWordWrap(False)

        self.events_layout.addWidget(self.events_table)

        self.main_tabs.addTab(self.events_tab, "")
        self.main_stack.addWidget(self.main_tabs)

        self.central_layout.addWidget(self.main_stack)

        MainWindow.setCentralWidget(self.central_widget)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.empty_label.setText(QCoreApplication.translate("MainWindow", u"This database has no account yet. Set up the account you want to plan.", None))
        self.setup_account_button.setText(QCoreApplication.translate("MainWindow", u"Set up an account\u2026", None))
        self.outbox_button.setText(QCoreApplication.translate("MainWindow", u"Outbox", None))
        self.create_user_button.setText(QCoreApplication.translate("MainWindow", u"Create user", None))
        self.users_desc_label.setText(QCoreApplication.translate("MainWindow", u"Your users with their teams, access level, seat type and last active date.", None))
        self.users_search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search users", None))
        self.users_actions_button.setText(QCoreApplication.translate("MainWindow", u"Actions", None))
        self.users_teams_tabs.setTabText(self.users_teams_tabs.indexOf(self.users_tab), QCoreApplication.translate("MainWindow", u"Users", None))
        self.seats_desc_label.setText(QCoreApplication.translate("MainWindow", u"View seat assignments, invitation status and last active dates for the users in your account.", None))
        self.legacy_remove_button.setText(QCoreApplication.translate("MainWindow", u"Remove unassigned seats", None))
        self.change_seat_button.setText(QCoreApplication.translate("MainWindow", u"Change seat", None))
        self.seats_search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search users", None))
        self.users_teams_tabs.setTabText(self.users_teams_tabs.indexOf(self.seats_tab), QCoreApplication.translate("MainWindow", u"Seats", None))
        self.main_tabs.setTabText(self.main_tabs.indexOf(self.users_teams_page), QCoreApplication.translate("MainWindow", u"Users & Teams", None))
        self.products_heading.setText(QCoreApplication.translate("MainWindow", u"Products & Add-ons", None))
        self.billing_tabs.setTabText(self.billing_tabs.indexOf(self.overview_tab), QCoreApplication.translate("MainWindow", u"Overview", None))
        self.committed_heading.setText(QCoreApplication.translate("MainWindow", u"Committed terms", None))
        self.billing_tabs.setTabText(self.billing_tabs.indexOf(self.subscriptions_tab), QCoreApplication.translate("MainWindow", u"Subscriptions", None))
        self.billing_rule_label.setText(QCoreApplication.translate("MainWindow", u"Removing seats doesn't change your current billing: it takes effect after your renewal date, at the start of your next subscription term.", None))
        self.main_tabs.setTabText(self.main_tabs.indexOf(self.billing_tab), QCoreApplication.translate("MainWindow", u"Account & Billing", None))
        self.main_tabs.setTabText(self.main_tabs.indexOf(self.events_tab), QCoreApplication.translate("MainWindow", u"Event log", None))
        pass
    # retranslateUi

