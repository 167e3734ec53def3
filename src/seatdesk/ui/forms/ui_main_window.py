# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTreeWidget, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        MainWindow.setWindowTitle(u"seatdesk")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.navigation = QTreeWidget(self.central_widget)
        self.navigation.headerItem().setText(0, "")
        self.navigation.setObjectName(u"navigation")
        self.navigation.setHeaderHidden(True)
        self.navigation.setRootIsDecorated(False)
        self.navigation.setItemsExpandable(False)
        self.navigation.setUniformRowHeights(True)
        self.navigation.setIndentation(14)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.navigation.sizePolicy().hasHeightForWidth())
        self.navigation.setSizePolicy(sizePolicy)

        self.central_layout.addWidget(self.navigation)

        self.page_stack = QStackedWidget(self.central_widget)
        self.page_stack.setObjectName(u"page_stack")
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

        self.page_stack.addWidget(self.empty_page)

        self.central_layout.addWidget(self.page_stack)

        MainWindow.setCentralWidget(self.central_widget)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.empty_label.setText(QCoreApplication.translate("MainWindow", u"This database has no account yet. Set up the account you want to plan.", None))
        self.setup_account_button.setText(QCoreApplication.translate("MainWindow", u"Set up an account\u2026", None))
        pass
    # retranslateUi

