# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plans_compare_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_PlansComparePage(object):
    def setupUi(self, plans_compare_page):
        if not plans_compare_page.objectName():
            plans_compare_page.setObjectName(u"plans_compare_page")
        self.compare_layout = QVBoxLayout(plans_compare_page)
        self.compare_layout.setObjectName(u"compare_layout")
        self.compare_heading = QLabel(plans_compare_page)
        self.compare_heading.setObjectName(u"compare_heading")
        self.compare_heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.compare_layout.addWidget(self.compare_heading)

        self.compare_desc_label = QLabel(plans_compare_page)
        self.compare_desc_label.setObjectName(u"compare_desc_label")
        self.compare_desc_label.setWordWrap(True)

        self.compare_layout.addWidget(self.compare_desc_label)

        self.compare_choice_row = QHBoxLayout()
        self.compare_choice_row.setObjectName(u"compare_choice_row")
        self.compare_with_label = QLabel(plans_compare_page)
        self.compare_with_label.setObjectName(u"compare_with_label")

        self.compare_choice_row.addWidget(self.compare_with_label)

        self.compare_with_combo = QComboBox(plans_compare_page)
        self.compare_with_combo.setObjectName(u"compare_with_combo")
        self.compare_with_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.compare_choice_row.addWidget(self.compare_with_combo)

        self.projection_months_label = QLabel(plans_compare_page)
        self.projection_months_label.setObjectName(u"projection_months_label")

        self.compare_choice_row.addWidget(self.projection_months_label)

        self.projection_months_combo = QComboBox(plans_compare_page)
        self.projection_months_combo.setObjectName(u"projection_months_combo")
        self.projection_months_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.compare_choice_row.addWidget(self.projection_months_combo)

        self.compare_choice_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compare_choice_row.addItem(self.compare_choice_spacer)


        self.compare_layout.addLayout(self.compare_choice_row)

        self.compare_tabs = QTabWidget(plans_compare_page)
        self.compare_tabs.setObjectName(u"compare_tabs")
        self.compare_now_tab = QWidget()
        self.compare_now_tab.setObjectName(u"compare_now_tab")
        self.compare_now_layout = QVBoxLayout(self.compare_now_tab)
        self.compare_now_layout.setObjectName(u"compare_now_layout")
        self.seats_compare_table = QTableWidget(self.compare_now_tab)
        self.seats_compare_table.setObjectName(u"seats_compare_table")
        self.seats_compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.seats_compare_table.setTabKeyNavigation(False)

        self.compare_now_layout.addWidget(self.seats_compare_table)

        self.subscriptions_compare_table = QTableWidget(self.compare_now_tab)
        self.subscriptions_compare_table.setObjectName(u"subscriptions_compare_table")
        self.subscriptions_compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subscriptions_compare_table.setTabKeyNavigation(False)

        self.compare_now_layout.addWidget(self.subscriptions_compare_table)

        self.compare_now_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.compare_now_layout.addItem(self.compare_now_spacer)

        self.compare_totals_label = QLabel(self.compare_now_tab)
        self.compare_totals_label.setObjectName(u"compare_totals_label")
        self.compare_totals_label.setWordWrap(True)
        self.compare_totals_label.setTextFormat(Qt.TextFormat.PlainText)

        self.compare_now_layout.addWidget(self.compare_totals_label)

        self.compare_tabs.addTab(self.compare_now_tab, "")
        self.projection_tab = QWidget()
        self.projection_tab.setObjectName(u"projection_tab")
        self.projection_layout = QVBoxLayout(self.projection_tab)
        self.projection_layout.setObjectName(u"projection_layout")
        self.projection_splitter = QSplitter(self.projection_tab)
        self.projection_splitter.setObjectName(u"projection_splitter")
        self.projection_splitter.setOrientation(Qt.Orientation.Vertical)
        self.projection_splitter.setChildrenCollapsible(False)
        self.projection_chart_frame = QWidget(self.projection_splitter)
        self.projection_chart_frame.setObjectName(u"projection_chart_frame")
        self.projection_chart_layout = QVBoxLayout(self.projection_chart_frame)
        self.projection_chart_layout.setObjectName(u"projection_chart_layout")
        self.projection_chart_layout.setContentsMargins(0, 0, 0, 0)
        self.projection_splitter.addWidget(self.projection_chart_frame)
        self.projection_table = QTableWidget(self.projection_splitter)
        self.projection_table.setObjectName(u"projection_table")
        self.projection_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projection_table.setTabKeyNavigation(False)
        self.projection_splitter.addWidget(self.projection_table)

        self.projection_layout.addWidget(self.projection_splitter)

        self.compare_tabs.addTab(self.projection_tab, "")

        self.compare_layout.addWidget(self.compare_tabs)

#if QT_CONFIG(shortcut)
        self.compare_with_label.setBuddy(self.compare_with_combo)
        self.projection_months_label.setBuddy(self.projection_months_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(plans_compare_page)
    # setupUi

    def retranslateUi(self, plans_compare_page):
        self.compare_heading.setText(QCoreApplication.translate("PlansComparePage", u"Compare and project", None))
        self.compare_desc_label.setText(QCoreApplication.translate("PlansComparePage", u"Compare what is shown with its account or another plan: seats, subscriptions and what they cost, then month by month from the planning date. Differences are highlighted.", None))
        self.compare_with_label.setText(QCoreApplication.translate("PlansComparePage", u"Compare with:", None))
        self.projection_months_label.setText(QCoreApplication.translate("PlansComparePage", u"Months:", None))
        self.compare_tabs.setTabText(self.compare_tabs.indexOf(self.compare_now_tab), QCoreApplication.translate("PlansComparePage", u"Seats and subscriptions", None))
        self.compare_tabs.setTabText(self.compare_tabs.indexOf(self.projection_tab), QCoreApplication.translate("PlansComparePage", u"Month by month", None))
        pass
    # retranslateUi

