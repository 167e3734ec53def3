"""Step 2 of the create-user wizard: seat, super admin, restrictions and permissions; missing seats."""

from __future__ import annotations

import html

from babel.lists import format_list
from PySide6.QtCore import Qt

from seatdesk import i18n
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, _, format_money, format_number, ngettext
from seatdesk.services import seats as seat_service
from seatdesk.services import users as users_service
from seatdesk.services.common import NEED_MODIFY_BILLING, actor_can
from seatdesk.services.permission_sets import template_permissions
from seatdesk.services.users import SUPER_ADMIN_PAID_LATER, NewUsers
from seatdesk.ui import labels
from seatdesk.ui.messages import ask, show_refusal
from seatdesk.ui.widgets import permission_tree
from seatdesk.ui.wizard.pages import (
    ALL_ASSIGNED,
    NO_PAID_HUB,
)


class AccessStep:
    """The wizard's access page: the seat and permissions every user of the batch gets."""

    def _fill_seat_types(self) -> None:
        """Every seat type, with what it gives; the ones these users can't get are disabled with the reason."""
        ui = self.ui
        combo = ui.seat_type_combo
        keep = combo.currentData() or st.VIEW_ONLY
        summaries = {s.seat_type: s for s in seat_service.seat_summaries(self.account_id)}
        self._refusals = {}
        combo.blockSignals(True)
        combo.clear()
        for seat_type in st.SEAT_BASED_TYPES:
            refusal = seat_service.hold_refusal(self.account_id, seat_type, partner=ui.partner_check.isChecked(),
                                                super_admin=ui.super_admin_check.isChecked())
            text = seat = labels.seat_label(seat_type)
            summary = summaries.get(seat_type)
            if refusal is None and st.is_paid(seat_type) and summary is not None:
                text = ngettext("{seat} ({n} paid seat available)", "{seat} ({n} paid seats available)",
                                summary.available).format(seat=seat, n=format_number(summary.available))
            elif refusal is None:
                text = _("{seat} (free)").format(seat=seat)
            combo.addItem(text, seat_type)
            index = combo.count() - 1
            if refusal is not None:
                self._refusals[seat_type] = refusal
                combo.model().item(index).setEnabled(False)
                combo.setItemData(index, refusal.translated(), Qt.ItemDataRole.ToolTipRole)
        usable = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) not in self._refusals]
        choice = keep if keep in usable else (st.CORE if st.CORE in usable else usable[0] if usable else None)
        combo.setCurrentIndex(max(0, combo.findData(choice)))
        combo.blockSignals(False)

    def _fill_legacy_tabs(self) -> None:
        ui = self.ui
        summaries = {s.seat_type: s for s in seat_service.seat_summaries(self.account_id)}
        super_admin = ui.super_admin_check.isChecked()
        for hub, access, tier_check, note in (
                ("sales", ui.sales_access_check, ui.sales_tier_check, ui.sales_seats_label),
                ("service", ui.service_access_check, ui.service_tier_check, ui.service_seats_label)):
            seat_type = st.legacy_seat_type(hub, self._tiers.get(hub, "free"))
            summary = summaries.get(seat_type) if seat_type else None
            sold = summary is not None and seat_service.hold_refusal(self.account_id, seat_type) is None
            tier_check.setText(labels.seat_label(seat_type) if seat_type else "")
            tier_check.setProperty("seat_type", seat_type)
            access.blockSignals(True)
            tier_check.blockSignals(True)
            for check in (access, tier_check):
                check.setEnabled(sold and not super_admin)
                check.setToolTip(_(SUPER_ADMIN_PAID_LATER) if super_admin else "")
                if super_admin:
                    check.setChecked(False)
            tier_check.setEnabled(sold and not super_admin and access.isChecked())
            if not access.isChecked():
                tier_check.setChecked(False)
            access.blockSignals(False)
            tier_check.blockSignals(False)
            if not sold:
                note.setText(_(NO_PAID_HUB[hub]))
            elif summary.available < 1:
                note.setText(_(ALL_ASSIGNED[hub]))
            else:
                note.setText(ngettext("{n} paid seat available", "{n} paid seats available",
                                      summary.available).format(n=format_number(summary.available)))

    def seat_types(self) -> tuple[str, ...]:
        ui = self.ui
        if not self.legacy:
            seat_type = ui.seat_type_combo.currentData()
            return (seat_type,) if seat_type else ()
        return tuple(check.property("seat_type") for access, check in (
            (ui.sales_access_check, ui.sales_tier_check), (ui.service_access_check, ui.service_tier_check))
            if access.isChecked() and check.isChecked() and check.property("seat_type"))

    def _view_only(self) -> bool:
        return st.VIEW_ONLY in self.seat_types()

    def _who_changed(self) -> None:
        """Partner employees or super admin changed: the seats these users can get change (R5, R16)."""
        self._fill_seat_types()
        self._fill_legacy_tabs()
        self._seat_changed()

    def _seat_changed(self) -> None:
        ui = self.ui
        if self.legacy:
            self._fill_legacy_tabs()
        else:
            seat_type = ui.seat_type_combo.currentData()
            lines = [_(st.SEAT_TYPE_DESCRIPTIONS[seat_type])] if seat_type else []
            # the refusals name their seats already; Sales and Service share one sentence: say it once
            lines += dict.fromkeys(r.translated() for r in self._refusals.values())
            ui.seat_description_label.setText("<br><br>".join(html.escape(line) for line in lines))
        notes = []
        if ui.super_admin_check.isChecked():
            notes.append(_(SUPER_ADMIN_PAID_LATER) if self.legacy else _(seat_service.VIEW_ONLY_NO_SUPER_ADMIN))
        elif not ui.super_admin_check.isEnabled():
            notes.append(_(users_service.ONLY_SUPER_ADMIN))
        ui.super_admin_note.setText(" ".join(notes))
        self._apply_restriction(reset=False)

    def _restriction_changed(self) -> None:
        self._apply_restriction(reset=True)

    def _template_chosen(self) -> None:
        if self.ui.restrict_template_radio.isChecked():
            self._apply_restriction(reset=True)

    def _apply_restriction(self, reset: bool) -> None:
        """Show in the tree what the chosen way of restricting access gives, for the chosen seat.

        Don't restrict: the seat's defaults, read only. Template: its permissions, to adjust.
        From scratch: nothing checked, to choose. Permissions the seat can't hold are disabled.
        """
        ui = self.ui
        view_only = self._view_only()
        allowed = perms.allowed_permissions(view_only)
        if ui.restrict_none_radio.isChecked():
            wanted = perms.default_permissions(view_only)
        elif ui.restrict_template_radio.isChecked() and reset:
            wanted = template_permissions(self.account_id, ui.template_combo.currentData()) or frozenset()
        elif ui.restrict_scratch_radio.isChecked() and reset:
            wanted = frozenset()
        else:
            wanted = self.checked_permissions()
        ui.template_box.setEnabled(ui.restrict_template_radio.isChecked())
        permission_tree.show(ui.permissions_tree, wanted, allowed, editable=not ui.restrict_none_radio.isChecked())
        self._show_review()

    def checked_permissions(self) -> frozenset[str]:
        return permission_tree.checked(self.ui.permissions_tree)

    def new_users(self) -> NewUsers:
        ui = self.ui
        return NewUsers(
            candidates=list(self._batch), seat_types=self.seat_types(),
            permissions=None if ui.restrict_none_radio.isChecked() else self.checked_permissions(),
            super_admin=ui.super_admin_check.isChecked(),
            partner=ui.partner_check.isChecked() and not self.legacy,
            invite=not ui.no_invite_check.isChecked(),
            language=ui.invite_language_combo.currentData())

    def _review_html(self) -> str:
        new = self.new_users()
        count = len(new.candidates)
        shown = ", ".join(html.escape(c.email) for c in new.candidates[:8])
        if count > 8:
            shown += " " + html.escape(ngettext("and {n} more", "and {n} more", count - 8).format(
                n=format_number(count - 8)))
        seats = (format_list([labels.seat_label(t) for t in new.seat_types], locale=i18n.locale())
                 if new.seat_types else _("No paid seat"))
        granted = perms.default_permissions(self._view_only()) if new.permissions is None else new.permissions
        parts = ["<p><b>{}</b> {}</p>".format(html.escape(ngettext("{n} user:", "{n} users:", count).format(
            n=format_number(count))), shown)]
        parts.append("<p><b>{}</b> {}</p>".format(html.escape(_("Seat:")), html.escape(seats)))
        if new.super_admin:
            parts.append("<p><b>{}</b></p>".format(html.escape(_("Super Admin"))))
        parts.append("<p><b>{}</b></p><ul>".format(html.escape(_("Permissions:"))))
        for _group, label, items in perms.PERMISSION_GROUPS:
            names = [_(text) for key, text in items if key in granted]
            if names:  # one bullet per permission, under its group: labels stay labels, no sentence to build
                parts.append("<li>{}<ul>{}</ul></li>".format(html.escape(_(label)), "".join(
                    f"<li>{html.escape(name)}</li>" for name in names)))
        if not granted:
            parts.append("<li>{}</li>".format(html.escape(_("None"))))
        parts.append("</ul>")
        return "".join(parts)  # the batch rule is said once, above the sections (batch_label)

    def _show_review(self) -> None:
        text = self._review_html()
        self.ui.review_access_view.setHtml(text)
        self.ui.final_review_view.setHtml(text)

    def _check_access(self) -> bool:
        new = self.new_users()
        try:
            users_service.check_access(self.account_id, self.actor_id, new)
        except DomainError as error:
            show_refusal(self, error)
            return False
        if self.legacy:
            return True  # legacy: Checkout on the last step buys what is missing (F2)
        missing = seat_service.missing_seats(self.account_id, new.seat_types, len(new.candidates))
        if missing:
            self._offer_purchase(*next(iter(missing.items())), len(new.candidates))
            return False
        return True

    def _missing_text(self, seat_type: str, missing: int, count: int) -> str:
        quote = seat_service.quote_purchase(self.account_id, seat_type, missing)
        return " ".join((
            ngettext("{seat}: {n} more seat is needed for these users.", "{seat}: {n} more seats are needed for these users.",
                     missing).format(seat=labels.seat_label(seat_type), n=format_number(missing)),
            ngettext("{available} available for {count} new user.", "{available} available for {count} new users.",
                     count).format(available=format_number(count - missing), count=format_number(count)),
            _("Buying them costs {now} now and {period} more per billing period from {date}.").format(
                now=format_money(quote.cost_now_cents, quote.currency),
                period=format_money(quote.cost_per_period_cents, quote.currency),
                date=i18n.format_date(quote.renewal_date))))

    def _offer_purchase(self, seat_type: str, missing: int, count: int) -> None:
        """R6: never over-assign; say what is missing and what it costs, then buy it or go back."""
        text = self._missing_text(seat_type, missing, count)
        if not actor_can(self.account_id, self.actor_id, perms.MODIFY_BILLING):
            show_refusal(self, DomainError(N_("{missing} {rule}"), code="permission", missing=text,
                                           rule=i18n.Msg(NEED_MODIFY_BILLING)))
            return
        if ask(self, _("Buy seats first?"), text, _("Purchase seats"), _("Go back")):
            self.open_purchase(seat_type, missing)

    def open_purchase(self, seat_type: str, count: int) -> None:
        """The Purchase seats dialog over the wizard; once bought, the wizard goes on by itself."""
        from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog

        self._purchase = PurchaseSeatsDialog(self.account_id, self.actor_id, seat_type, self, count=count)

        def finished(_result: int) -> None:
            purchase, self._purchase = self._purchase, None
            if purchase.change is not None:
                self.change = purchase.change
                self._fill_seat_types()
                self._seat_changed()
                self._show_commit_text()
                self.next()
            purchase.deleteLater()

        self._purchase.finished.connect(finished)
        self._purchase.open()

    # -- page 3: invitation and creation --------------------------------------------------------
    def _legacy_missing(self) -> dict[str, int]:
        if not self.legacy or not self._batch:
            return {}
        return seat_service.missing_seats(self.account_id, self.seat_types(), len(self._batch))

