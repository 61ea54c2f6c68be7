"""The repairs team's dashboard under /staff: sign-in, the reports (searched, filtered, exported as
CSV), one report, status changes, the call-back requests and performance. Every view needs a
signed-in staff member; every form carries the CSRF token."""

from __future__ import annotations

import csv
import functools
import io
import math
from datetime import date, datetime, timedelta

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import select
from werkzeug.security import check_password_hash, generate_password_hash

from backend import events
from backend.api.common import now
from backend.db import get_session
from backend.domain.calendar import LONDON
from backend.domain.clocks import AWAAB_WRITTEN_SUMMARY
from backend.models import RepairReport
from backend.photo_storage import PhotoStorageUnavailable, photo_storage
from backend.services import satisfaction
from backend.services.bookings import slot_view
from backend.services.clocks import (
    SecondContractorRefused,
    record_second_contractor_request,
    repair_clocks,
    repair_right_to_repair,
)
from backend.services.conversations import transcript
from backend.services.repairs import InvalidStatusChange, RepairNotFound, change_status, get_repair
from backend.web import charts, security, sign_in_guard
from backend.web.formatting import channel_label, phone_display, status_label
from backend.web.job_page import detail_context
from backend.web.models import StaffUser, normalise_username
from backend.web.performance import (
    FIRST_VISIT_PROMISE,
    Period,
    first_visit_completion,
    reports_by,
    rp02,
)
from backend.web.queries import (
    QUEUE_DESCRIPTIONS,
    QUEUES,
    STATUS_CHOICES,
    RepairFilters,
    count_overdue,
    every_filtered_repair,
    filtered_repairs,
    is_overdue,
    london_day_start,
    open_callbacks,
    performance_records,
    repair_address,
    work_queues,
)
from backend.web.security import CSRFError, check_csrf, safe_next, secure_headers, staff_required

bp = Blueprint("staff", __name__, url_prefix="/staff")

PAGE_SIZE = 50
MAX_PAGE = 100_000
# Performance periods start no earlier than this: the repairs record does not go further back.
EARLIEST_REPORTING_DAY = date(2000, 1, 1)
# The changes staff record from the dashboard (change_status also knows "cancelled").
STATUS_ACTIONS = (
    ("attended", "Attended", "An operative visited; the repair is not finished yet."),
    ("made_safe", "Made safe", "The danger is dealt with; a follow-on repair may still be needed."),
    ("completed", "Completed", "The repair is finished."),
    ("delayed", "Delayed", "The repair will miss its target; give the new date."),
)

signed_in = staff_required(now)


bp.after_request(secure_headers)


@bp.before_request
def _csrf() -> None:
    check_csrf()


@bp.after_request
def _no_store(response):
    # Tenants' names and addresses must not stay in a shared computer's cache.
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.errorhandler(CSRFError)
def _csrf_refused(error: CSRFError):
    return render_template(
        "web/error.html", title="This form has expired", message=error.description, staff=True
    ), 400


@bp.errorhandler(404)
def _not_found(_error):
    return render_template(
        "web/error.html",
        title="Page not found",
        message="There is no such page or report.",
        staff=True,
    ), 404


@functools.cache
def _decoy_hash() -> str:
    return generate_password_hash("not anyone's password")


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    destination = safe_next(request.values.get("next"), url_for("staff.repairs"))
    error = None
    username = ""
    if request.method == "POST":
        username = normalise_username(request.form.get("username", ""))[:80]
        password = request.form.get("password", "")
        db = get_session()
        attempt = sign_in_guard.attempt(username)
        if sign_in_guard.refused(db, attempt, now()):
            error = "Too many attempts to sign in. Wait a few minutes and try again."
            return render_template(
                "web/staff/sign_in.html", error=error, username="", next=destination
            ), 429
        user = db.scalars(select(StaffUser).where(StaffUser.username == username)).first()
        if user is None:
            # The same work as a real check, so the time taken does not tell who has an account.
            check_password_hash(_decoy_hash(), password)
        elif user.active and password and user.check_password(password):
            user.last_signed_in_at = now()
            security.sign_in(db, user, now(), request.remote_addr)
            db.commit()
            return sign_in_guard.remember_device(redirect(destination, code=303), attempt)
        sign_in_guard.failed(attempt)
        error = "The username or password is not right."
    return render_template(
        "web/staff/sign_in.html", error=error, username=username, next=destination
    ), (401 if error else 200)


@bp.post("/sign-out")
def sign_out():
    db = get_session()
    security.sign_out(db, now())
    db.commit()
    return redirect(url_for("staff.sign_in"), code=303)


def _filters_from_request() -> RepairFilters:
    tiers = current_app.extensions["policy"].tiers
    tier = request.args.get("tier", "")
    status = request.args.get("status", "open")
    queue = request.args.get("queue", "")
    return RepairFilters(
        tier=tier if tier in tiers else "",
        status=status if status in STATUS_CHOICES else "open",
        overdue=request.args.get("overdue") == "1",
        due_today=request.args.get("due_today") == "1",
        reported_today=request.args.get("reported_today") == "1",
        reference=request.args.get("reference", "").strip()[:20],
        q=" ".join(request.args.get("q", "").split())[:100],
        queue=queue if queue in QUEUES else "",
    )


def _page_from_request() -> int:
    try:
        # A page past the last shows an empty list; a 30-digit one must not reach the database.
        return min(max(1, int(request.args.get("page", "1"))), MAX_PAGE)
    except ValueError:
        return 1


@bp.get("/")
@signed_in
def repairs():
    filters = _filters_from_request()
    page = _page_from_request()
    moment = now()
    found, total = filtered_repairs(
        get_session(),
        filters,
        moment,
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
        policy=current_app.extensions["policy"],
    )
    args = {k: v for k, v in request.args.items() if k != "page"}
    return render_template(
        "web/staff/repairs.html",
        repairs=found,
        total=total,
        page=page,
        pages=max(1, math.ceil(total / PAGE_SIZE)),
        args=args,
        filters=filters,
        tiers=current_app.extensions["policy"].tiers,
        status_choices=STATUS_CHOICES,
        overdue={r.id for r in found if is_overdue(r, moment)},
        address=repair_address,
        queues=work_queues(
            get_session(),
            current_app.extensions["policy"].calendar,
            moment,
            current_app.extensions["policy"],
        ),
        queue_titles=QUEUE_DESCRIPTIONS,
        moment=moment,
    )


CSV_COLUMNS = (
    "Reference",
    "Reported",
    "Channel",
    "Category",
    "Priority",
    "Reason",
    "Target",
    "Overdue",
    "Status",
    "Tenant",
    "Phone",
    "Address",
    "Postcode",
    "Description",
)
# A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection"):
# a tenant's words or name must never run as one on a supervisor's computer.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_time(moment: datetime | None) -> str:
    return moment.astimezone(LONDON).strftime("%Y-%m-%d %H:%M") if moment else ""


def _csv_row(repair: RepairReport, moment: datetime) -> list[str]:
    home = repair_address(repair)
    tenant = repair.tenant
    row = [
        repair.reference,
        _csv_time(repair.reported_at),
        channel_label(repair.channel),
        repair.category_label,
        repair.priority_label.capitalize(),
        repair.reason,
        _csv_time(repair.target_by),
        "yes" if is_overdue(repair, moment) else "",
        status_label(repair.status),
        f"{tenant.first_name} {tenant.last_name}" if tenant else "",
        phone_display(repair.contact_phone or (tenant.phone if tenant else None)),
        f"{home.door_number} {home.street}, {home.town}" if home else "",
        home.postcode if home else "",
        repair.description,
    ]
    return [csv_cell(value) for value in row]


@bp.get("/repairs.csv")
@signed_in
def repairs_csv():
    """The list as the page shows it (same filters and search), every matching report."""
    filters = _filters_from_request()
    moment = now()
    db = get_session()
    buffer = io.StringIO()
    # The byte-order mark tells Excel the file is UTF-8 (names with accents stay readable).
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for repair in every_filtered_repair(db, filters, moment, current_app.extensions["policy"]):
        writer.writerow(_csv_row(repair, moment))
    # Written whole before it is sent, not streamed: a slow download must not hold the database
    # transaction open (on SQLite, every other request would wait for it).
    db.rollback()
    day = moment.astimezone(LONDON).date().isoformat()
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="repairs-{day}.csv"'},
    )


@bp.get("/callbacks")
@signed_in
def callbacks():
    page = _page_from_request()
    rows, total = open_callbacks(
        get_session(),
        current_app.extensions["policy"].calendar,
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
    )
    return render_template(
        "web/staff/callbacks.html",
        rows=rows,
        total=total,
        page=page,
        pages=max(1, math.ceil(total / PAGE_SIZE)),
        moment=now(),
    )


def _repair_or_404(reference: str) -> RepairReport:
    try:
        return get_repair(get_session(), reference)
    except RepairNotFound:
        abort(404)


def _render_detail(repair: RepairReport, errors: dict[str, str] | None = None, form=None):
    session = get_session()
    turns = transcript(session, repair.conversation_id) if repair.conversation_id else []
    booking = repair.active_booking
    moment = now()
    postcode = " ".join(request.args.get("tenant_postcode", "").split())[:10]
    return render_template(
        "web/staff/repair.html",
        repair=repair,
        appointment=slot_view(booking.slot).label if booking else None,
        turns=turns,
        overdue=is_overdue(repair, moment),
        **_clock_view(repair),
        actions=STATUS_ACTIONS,
        errors=errors or {},
        form=form or {},
        today=moment.astimezone(LONDON).date().isoformat(),
        address=repair_address(repair),
        **detail_context(session, repair, moment, current_app.extensions["policy"], postcode),
    ), (400 if errors else 200)


def _clock_view(repair: RepairReport) -> dict:
    """The job's legal clocks as the job page shows them, and the Right to Repair's remedies."""
    moment, policy = now(), current_app.extensions["policy"]
    clocks = [
        {"clock": clock, "overdue": clock.overdue(moment)}
        for clock in repair_clocks(repair, policy)
    ]
    entry = repair_right_to_repair(repair, policy)
    right_to_repair = None
    if entry is not None:
        right_to_repair = {
            "overdue": entry.overdue(moment),
            "may_ask": entry.may_ask_for_second_contractor(moment),
            "second_target_if_asked_now": entry.second_contractor_target(moment, policy.calendar),
            "second_contractor_due_by": entry.second_contractor_due_by,
            "compensation_gbp": entry.compensation_gbp(moment, policy.calendar),
        }
    summary = next((c for c in clocks if c["clock"].name == AWAAB_WRITTEN_SUMMARY), None)
    summary_form = (
        summary is not None and summary["clock"].started and summary["clock"].met_at is None
    )
    return {"clocks": clocks, "right_to_repair": right_to_repair, "summary_form": summary_form}


@bp.post("/repairs/<reference>/second-contractor")
@signed_in
def second_contractor(reference: str):
    """The tenant asked for another contractor under the Right to Repair."""
    repair = _repair_or_404(reference)
    try:
        record_second_contractor_request(
            repair,
            current_app.extensions["policy"],
            by=g.staff_user.display_name,
            at=now(),
            note=request.form.get("note", "").strip()[:2000],
        )
    except SecondContractorRefused as refusal:
        get_session().rollback()
        flash(f"A second contractor cannot be recorded: {refusal}.", "error")
        return redirect(url_for("staff.repair", reference=repair.reference), code=303)
    get_session().commit()
    flash(
        f"{repair.reference}: the tenant's request for a second contractor is recorded.", "success"
    )
    return redirect(url_for("staff.repair", reference=repair.reference), code=303)


@bp.get("/repairs/<reference>")
@signed_in
def repair(reference: str):
    return _render_detail(_repair_or_404(reference))


@bp.get("/repairs/<reference>/photos/<int:photo_id>/<size>")
@signed_in
def photo(reference: str, photo_id: int, size: str):
    """A tenant's photo (size "full") or its thumbnail ("thumb"), to signed-in staff only."""
    repair = _repair_or_404(reference)
    found = next((p for p in repair.photos if p.id == photo_id), None)
    if found is None or size not in ("full", "thumb"):
        abort(404)
    key = found.storage_key if size == "full" else found.thumbnail_key
    try:
        data = photo_storage().load(key)
    except FileNotFoundError:
        abort(404)
    except PhotoStorageUnavailable:
        current_app.logger.exception("photo %s of %s could not be loaded", found.id, reference)
        abort(503)
    response = Response(data, mimetype="image/jpeg")
    response.headers["Content-Disposition"] = (
        f'inline; filename="{repair.reference}-photo-{found.id}.jpg"'
    )
    return response


@bp.post("/repairs/<reference>/status")
@signed_in
def update_status(reference: str):
    repair = _repair_or_404(reference)
    form = request.form
    status = form.get("status", "")
    note = form.get("note", "").strip()[:2000]
    errors: dict[str, str] = {}
    if status not in {code for code, _, _ in STATUS_ACTIONS}:
        errors["status"] = "Choose what happened."
    new_target_by = None
    if status == "delayed":
        new_target_by, problem = _new_target(form.get("new_target_date", ""))
        if problem:
            errors["new_target_date"] = problem
    if not errors:
        try:
            change_status(
                repair, status, by=g.staff_user.display_name, note=note, new_target_by=new_target_by
            )
        except InvalidStatusChange as refusal:
            errors["status"] = f"This change cannot be made: {refusal}."
    if errors:
        get_session().rollback()
        return _render_detail(repair, errors, form)
    get_session().commit()
    # After the commit, so the tenant is never told about a change the database did not keep.
    events.publish(events.REPAIR_STATUS_CHANGED, repair_id=repair.id, status=status)
    flash(f"{repair.reference} marked {status_label(status).lower()}.", "success")
    return redirect(url_for("staff.repair", reference=repair.reference), code=303)


def _new_target(raw: str) -> tuple[datetime | None, str | None]:
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return None, "Enter the new target date, for example 2026-12-24."
    target = current_app.extensions["policy"].calendar.close_of(day)
    if target <= now():
        return None, "The new target date must be in the future."
    return target, None


def _period_from_request(today: date) -> tuple[date, date, str | None]:
    # The regulator's year runs from 1 April; by default, this year so far.
    year_start = date(today.year if today.month >= 4 else today.year - 1, 4, 1)
    try:
        start = date.fromisoformat(request.args.get("from") or year_start.isoformat())
        end = date.fromisoformat(request.args.get("to") or today.isoformat())
    except ValueError:
        return year_start, today, "Dates are written like 2026-04-01. Showing this year so far."
    if end < start:
        return year_start, today, "The end date is before the start. Showing this year so far."
    if start < EARLIEST_REPORTING_DAY or end > today + timedelta(days=366):
        return year_start, today, "Those dates are out of range. Showing this year so far."
    return start, end, None


@bp.get("/performance")
@signed_in
def performance():
    moment = now()
    start, end, period_error = _period_from_request(moment.astimezone(LONDON).date())
    period = Period(london_day_start(start), london_day_start(end + timedelta(days=1)))
    policy = current_app.extensions["policy"]
    records = performance_records(get_session(), period)
    measure = rp02(records, period)
    first_visit = first_visit_completion(records, period)
    by_channel = reports_by(records, period, "channel")
    by_category = reports_by(records, period, "category")
    category_labels = {code: c.label for code, c in policy.categories.items()}
    channel_labels = {code: channel_label(code) for code, _ in by_channel}

    def share_bar(label, share):
        if not share.total:
            return charts.Bar(label, 0.0, "–", "(none completed)")
        detail = f"({share.met} of {share.total})"
        return charts.Bar(label, share.fraction or 0.0, share.percent_text, detail)

    return render_template(
        "web/staff/performance.html",
        start=start,
        end=end,
        period_error=period_error,
        rp02=measure,
        satisfaction=satisfaction.summary(get_session(), period.start, period.end),
        first_visit=first_visit,
        promise=FIRST_VISIT_PROMISE,
        overdue_now=count_overdue(get_session(), moment),
        by_channel=[(channel_labels[k], n) for k, n in by_channel],
        by_category=[(category_labels.get(k, k), n) for k, n in by_category],
        rp02_chart=charts.bar_chart(
            "chart-rp02",
            "Repairs completed within target (RP02)",
            [
                share_bar("Emergency", measure.emergency),
                share_bar("Non-emergency", measure.non_emergency),
            ],
        ),
        first_visit_chart=charts.bar_chart(
            "chart-first-visit",
            "Repairs completed at the first visit",
            [share_bar("First visit", first_visit)],
            target=FIRST_VISIT_PROMISE,
            target_text=f"Line: our promise of {FIRST_VISIT_PROMISE:.0%}",
        ),
        channel_chart=charts.bar_chart(
            "chart-channel", "Reports by channel", charts.count_bars(by_channel, channel_labels)
        ),
        category_chart=charts.bar_chart(
            "chart-category",
            "Reports by category",
            charts.count_bars(by_category, category_labels),
        ),
    )
