# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout

from seatdesk.ui.widgets.eliding_combo import ElidingComboBox

class Ui_TrainingPanelContent(object):
    def setupUi(self, training_content):
        if not training_content.objectName():
            training_content.setObjectName(u"training_content")
        self.training_layout = QVBoxLayout(training_content)
        self.training_layout.setObjectName(u"training_layout")
        self.training_intro_label = QLabel(training_content)
        self.training_intro_label.setObjectName(u"training_intro_label")
        self.training_intro_label.setWordWrap(True)

        self.training_layout.addWidget(self.training_intro_label)

        self.training_form = QFormLayout()
        self.training_form.setObjectName(u"training_form")
        self.scenario_label = QLabel(training_content)
        self.scenario_label.setObjectName(u"scenario_label")

        self.training_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scenario_label)

        self.scenario_combo = ElidingComboBox(training_content)
        self.scenario_combo.setObjectName(u"scenario_combo")
        self.scenario_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario_combo.setMinimumContentsLength(12)

        self.training_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scenario_combo)

        self.trainee_name_label = QLabel(training_content)
        self.trainee_name_label.setObjectName(u"trainee_name_label")

        self.training_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trainee_name_label)

        self.trainee_name_edit = QLineEdit(training_content)
        self.trainee_name_edit.setObjectName(u"trainee_name_edit")
        self.trainee_name_edit.setMaxLength(80)

        self.training_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trainee_name_edit)


        self.training_layout.addLayout(self.training_form)

        self.training_start_row = QHBoxLayout()
        self.training_start_row.setObjectName(u"training_start_row")
        self.start_scenario_button = QPushButton(training_content)
        self.start_scenario_button.setObjectName(u"start_scenario_button")

        self.training_start_row.addWidget(self.start_scenario_button)

        self.reset_scenario_button = QPushButton(training_content)
        self.reset_scenario_button.setObjectName(u"reset_scenario_button")

        self.training_start_row.addWidget(self.reset_scenario_button)


        self.training_layout.addLayout(self.training_start_row)

        self.scenario_title_label = QLabel(training_content)
        self.scenario_title_label.setObjectName(u"scenario_title_label")
        self.scenario_title_label.setWordWrap(True)
        self.scenario_title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.training_layout.addWidget(self.scenario_title_label)

        self.scenario_brief_label = QLabel(training_content)
        self.scenario_brief_label.setObjectName(u"scenario_brief_label")
        self.scenario_brief_label.setWordWrap(True)
        self.scenario_brief_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scenario_brief_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.training_layout.addWidget(self.scenario_brief_label)

        self.scenario_steps_list = QListWidget(training_content)
        self.scenario_steps_list.setObjectName(u"scenario_steps_list")
        self.scenario_steps_list.setWordWrap(True)
        self.scenario_steps_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.scenario_steps_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.training_layout.addWidget(self.scenario_steps_list)

        self.hint_button = QPushButton(training_content)
        self.hint_button.setObjectName(u"hint_button")

        self.training_layout.addWidget(self.hint_button)

        self.hint_label = QLabel(training_content)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.training_layout.addWidget(self.hint_label)

        self.training_status_label = QLabel(training_content)
        self.training_status_label.setObjectName(u"training_status_label")
        self.training_status_label.setWordWrap(True)

        self.training_layout.addWidget(self.training_status_label)

        self.training_results_row = QHBoxLayout()
        self.training_results_row.setObjectName(u"training_results_row")
        self.export_results_button = QPushButton(training_content)
        self.export_results_button.setObjectName(u"export_results_button")

        self.training_results_row.addWidget(self.export_results_button)

        self.certificate_button = QPushButton(training_content)
        self.certificate_button.setObjectName(u"certificate_button")

        self.training_results_row.addWidget(self.certificate_button)


        self.training_layout.addLayout(self.training_results_row)

        self.end_training_button = QPushButton(training_content)
        self.end_training_button.setObjectName(u"end_training_button")

        self.training_layout.addWidget(self.end_training_button)

#if QT_CONFIG(shortcut)
        self.scenario_label.setBuddy(self.scenario_combo)
        self.trainee_name_label.setBuddy(self.trainee_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(training_content)
    # setupUi

    def retranslateUi(self, training_content):
        self.training_intro_label.setText(QCoreApplication.translate("TrainingPanelContent", u"Choose a scenario, type the trainee's name and start: the steps tick as they are done in the usual screens, on a practice account of their own.", None))
        self.scenario_label.setText(QCoreApplication.translate("TrainingPanelContent", u"Scenario:", None))
        self.trainee_name_label.setText(QCoreApplication.translate("TrainingPanelContent", u"Trainee:", None))
        self.start_scenario_button.setText(QCoreApplication.translate("TrainingPanelContent", u"Start", None))
        self.reset_scenario_button.setText(QCoreApplication.translate("TrainingPanelContent", u"Reset", None))
        self.hint_button.setText(QCoreApplication.translate("TrainingPanelContent", u"Show a hint", None))
        self.export_results_button.setText(QCoreApplication.translate("TrainingPanelContent", u"Export results\u2026", None))
        self.certificate_button.setText(QCoreApplication.translate("TrainingPanelContent", u"Certificate\u2026", None))
        self.end_training_button.setText(QCoreApplication.translate("TrainingPanelContent", u"End training", None))
        pass
    # retranslateUi

