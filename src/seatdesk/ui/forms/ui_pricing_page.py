# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pricing_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

class Ui_PricingPage(object):
    def setupUi(self, pricing_page):
        if not pricing_page.objectName():
            pricing_page.setObjectName(u"pricing_page")
        self.pricing_layout = QVBoxLayout(pricing_page)
        self.pricing_layout.setObjectName(u"pricing_layout")
        self.pricing_heading = QLabel(pricing_page)
        self.pricing_heading.setObjectName(u"pricing_heading")
        self.pricing_heading.setStyleSheet(u"font-size: 15pt; font-weight: 600;")

        self.pricing_layout.addWidget(self.pricing_heading)

        self.availability_label = QLabel(pricing_page)
        self.availability_label.setObjectName(u"availability_label")
        self.availability_label.setWordWrap(True)
        self.availability_label.setStyleSheet(u"color: palette(placeholder-text);")

        self.pricing_layout.addWidget(self.availability_label)

        self.pricing_desc_label = QLabel(pricing_page)
        self.pricing_desc_label.setObjectName(u"pricing_desc_label")
        self.pricing_desc_label.setWordWrap(True)

        self.pricing_layout.addWidget(self.pricing_desc_label)

        self.pricing_tabs = QTabWidget(pricing_page)
        self.pricing_tabs.setObjectName(u"pricing_tabs")
        self.products_tab = QWidget()
        self.products_tab.setObjectName(u"products_tab")
        self.products_layout = QHBoxLayout(self.products_tab)
        self.products_layout.setObjectName(u"products_layout")
        self.hub_list = QListWidget(self.products_tab)
        self.hub_list.setObjectName(u"hub_list")

        self.products_layout.addWidget(self.hub_list)

        self.hub_stack = QStackedWidget(self.products_tab)
        self.hub_stack.setObjectName(u"hub_stack")

        self.products_layout.addWidget(self.hub_stack)

        self.pricing_tabs.addTab(self.products_tab, "")
        self.bundle_tab = QWidget()
        self.bundle_tab.setObjectName(u"bundle_tab")
        self.bundle_layout = QVBoxLayout(self.bundle_tab)
        self.bundle_layout.setObjectName(u"bundle_layout")
        self.bundle_hint_label = QLabel(self.bundle_tab)
        self.bundle_hint_label.setObjectName(u"bundle_hint_label")
        self.bundle_hint_label.setWordWrap(True)

        self.bundle_layout.addWidget(self.bundle_hint_label)

        self.bundle_grid = QGridLayout()
        self.bundle_grid.setObjectName(u"bundle_grid")

        self.bundle_layout.addLayout(self.bundle_grid)

        self.bundle_total_label = QLabel(self.bundle_tab)
        self.bundle_total_label.setObjectName(u"bundle_total_label")
        self.bundle_total_label.setWordWrap(True)
        self.bundle_total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bundle_layout.addWidget(self.bundle_total_label)

        self.bundle_buttons_row = QHBoxLayout()
        self.bundle_buttons_row.setObjectName(u"bundle_buttons_row")
        self.bundle_buy_now_button = QPushButton(self.bundle_tab)
        self.bundle_buy_now_button.setObjectName(u"bundle_buy_now_button")

        self.bundle_buttons_row.addWidget(self.bundle_buy_now_button)

        self.bundle_talk_button = QPushButton(self.bundle_tab)
        self.bundle_talk_button.setObjectName(u"bundle_talk_button")

        self.bundle_buttons_row.addWidget(self.bundle_talk_button)

        self.bundle_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bundle_buttons_row.addItem(self.bundle_buttons_spacer)


        self.bundle_layout.addLayout(self.bundle_buttons_row)

        self.bundle_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bundle_layout.addItem(self.bundle_bottom_spacer)

        self.pricing_tabs.addTab(self.bundle_tab, "")

        self.pricing_layout.addWidget(self.pricing_tabs)

        self.pricing_note_label = QLabel(pricing_page)
        self.pricing_note_label.setObjectName(u"pricing_note_label")
        self.pricing_note_label.setWordWrap(True)

        self.pricing_layout.addWidget(self.pricing_note_label)


        self.retranslateUi(pricing_page)
    # setupUi

    def retranslateUi(self, pricing_page):
        self.pricing_heading.setText(QCoreApplication.translate("PricingPage", u"Pricing & Features", None))
        self.pricing_desc_label.setText(QCoreApplication.translate("PricingPage", u"Use the tabs on the left to compare pricing for individual platform solutions and products.", None))
        self.pricing_tabs.setTabText(self.pricing_tabs.indexOf(self.products_tab), QCoreApplication.translate("PricingPage", u"Products", None))
        self.bundle_hint_label.setText(QCoreApplication.translate("PricingPage", u"Select the checkbox next to each product and add-on, then click Buy now or Talk to Sales.", None))
        self.bundle_buy_now_button.setText(QCoreApplication.translate("PricingPage", u"Buy now", None))
        self.bundle_talk_button.setText(QCoreApplication.translate("PricingPage", u"Talk to Sales", None))
        self.pricing_tabs.setTabText(self.pricing_tabs.indexOf(self.bundle_tab), QCoreApplication.translate("PricingPage", u"Build a bundle", None))
        pass
    # retranslateUi

