"""A bar per working day: the share of the rotation group on site, against the policy's
cap drawn as a dashed line; bars above the cap are red.  Drawn with QPainter (the Qt
build has no QtCharts)."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from wfh_desktop.settings import format_date_id

BAR_COLOR = QColor("#1f78b4")
OVER_COLOR = QColor("#b2182b")
CAP_COLOR = QColor("#333333")
GRID_COLOR = QColor("#dddddd")
AXIS_COLOR = QColor("#666666")


def share(day) -> float:
    return day.onsite / day.headcount if day.headcount else 0.0


def cap_share(day) -> float | None:
    if day.cap is None or not day.headcount:
        return None
    return day.cap / day.headcount


class RosterChart(QWidget):
    """``set_days(grid_days)``; ``bar_at(point)`` and ``bar_tooltip(i)`` for the tooltips."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.days: list = []
        self._day_names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                           self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("On-site share per day"))

    def sizeHint(self) -> QSize:
        return QSize(520, 190)

    def set_days(self, days: list) -> None:
        self.days = list(days)
        self.setAccessibleDescription("; ".join(self.bar_tooltip(i) for i in
                                                range(len(self.days))))
        self.update()

    # --- geometry ------------------------------------------------------------------
    def top_share(self) -> float:
        """The top of the vertical axis: a tenth above the highest bar or cap, at most
        100%."""
        high = 0.0
        for d in self.days:
            high = max(high, share(d), cap_share(d) or 0.0)
        return min(1.0, max(0.1, math.ceil((high + 0.05) * 10) / 10))

    def plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("100%") + 10
        top = fm.height() + 8  # title and legend
        bottom = fm.height() + 8  # day labels
        return QRectF(left, top, max(self.width() - left - 8, 10),
                      max(self.height() - top - bottom, 10))

    def bar_rects(self) -> list[QRectF]:
        plot = self.plot_rect()
        n = len(self.days)
        if not n:
            return []
        slot = plot.width() / n
        width = max(min(slot * 0.6, 60.0), 2.0)
        top = self.top_share()
        out = []
        for i, d in enumerate(self.days):
            h = plot.height() * min(share(d), top) / top
            x = plot.left() + i * slot + (slot - width) / 2
            out.append(QRectF(x, plot.bottom() - h, width, h))
        return out

    def bar_at(self, point) -> int:
        """The day index whose slot holds *point* (a column, not just the bar), or -1."""
        plot = self.plot_rect()
        n = len(self.days)
        if not n or not (plot.left() <= point.x() < plot.right()) or point.y() < plot.top() \
                or point.y() > self.height():
            return -1
        i = int((point.x() - plot.left()) / (plot.width() / n))
        return i if 0 <= i < n else -1

    def bar_tooltip(self, i: int) -> str:
        d = self.days[i]
        text = self.tr("{date}: {onsite} of {headcount} staff on site ({share:.0f}%)").format(
            date=format_date_id(d.date), onsite=d.onsite, headcount=d.headcount,
            share=share(d) * 100)
        if d.cap is not None:
            text += "\n" + self.tr("Cap under SE {number}: {cap} ({cap_share:.0f}%)").format(
                number=d.policy, cap=d.cap, cap_share=(cap_share(d) or 0) * 100)
            if d.onsite > d.cap:
                text += "\n" + self.tr("{n} above the cap").format(n=d.onsite - d.cap)
        return text

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            i = self.bar_at(event.pos())
            if i >= 0:
                QToolTip.showText(event.globalPos(), self.bar_tooltip(i), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- painting ------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        fm = self.fontMetrics()
        p.fillRect(self.rect(), self.palette().base())
        text_color = self.palette().text().color()
        plot = self.plot_rect()
        top = self.top_share()

        # title and legend
        p.setPen(text_color)
        title = self.tr("On-site share per day")
        p.drawText(QPointF(plot.left(), fm.ascent() + 2), title)
        x = plot.left() + fm.horizontalAdvance(title) + 24
        box = fm.ascent() - 2
        for color, label in ((BAR_COLOR, self.tr("on site")),
                             (OVER_COLOR, self.tr("above the cap"))):
            p.fillRect(QRectF(x, 4, box, box), color)
            x += box + 4
            p.setPen(text_color)
            p.drawText(QPointF(x, fm.ascent() + 2), label)
            x += fm.horizontalAdvance(label) + 16
        p.setPen(QPen(CAP_COLOR, 2, Qt.PenStyle.DashLine))
        y = 4 + box / 2
        p.drawLine(QPointF(x, y), QPointF(x + 22, y))
        p.setPen(text_color)
        p.drawText(QPointF(x + 28, fm.ascent() + 2), self.tr("cap"))

        # the vertical axis: gridlines every 10% (every 20% on a tall scale)
        step = 0.1 if top <= 0.5 else 0.2
        p.setPen(QPen(GRID_COLOR, 1))
        k = 0
        while k * step <= top + 1e-9:
            value = k * step
            y = plot.bottom() - plot.height() * value / top
            p.setPen(QPen(GRID_COLOR, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(AXIS_COLOR)
            label = f"{round(value * 100)}%"
            p.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            k += 1
        p.setPen(QPen(AXIS_COLOR, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

        if not self.days:
            p.setPen(AXIS_COLOR)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No roster in these days"))
            p.end()
            return

        n = len(self.days)
        slot = plot.width() / n
        rects = self.bar_rects()
        # day labels: "Sen 23/03" when they fit, else "23/03", else every few days
        full = [f"{self._day_names[d.date.weekday()]} {d.date:%d/%m}" for d in self.days]
        short = [f"{d.date:%d/%m}" for d in self.days]
        labels = full if max(fm.horizontalAdvance(s) for s in full) + 6 <= slot else short
        every = max(1, math.ceil((max(fm.horizontalAdvance(s) for s in labels) + 6) / slot))
        for i, (d, rect) in enumerate(zip(self.days, rects)):
            over = d.cap is not None and d.onsite > d.cap
            p.fillRect(rect, OVER_COLOR if over else BAR_COLOR)
            if rect.width() >= fm.horizontalAdvance(str(d.onsite)) and \
                    rect.top() - fm.height() >= plot.top() - fm.height():
                p.setPen(text_color)
                p.drawText(QRectF(rect.left() - 10, rect.top() - fm.height(),
                                  rect.width() + 20, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                           str(d.onsite))
            if i % every == 0:
                p.setPen(text_color)
                p.drawText(QRectF(plot.left() + i * slot - slot, plot.bottom() + 2, slot * 3,
                                  fm.height()), Qt.AlignmentFlag.AlignHCenter, labels[i])
        # the cap: a dashed step line across the slots of the days that have one
        p.setPen(QPen(CAP_COLOR, 2, Qt.PenStyle.DashLine))
        prev = None
        for i, d in enumerate(self.days):
            c = cap_share(d)
            if c is None:
                prev = None
                continue
            y = plot.bottom() - plot.height() * min(c, top) / top
            x0, x1 = plot.left() + i * slot, plot.left() + (i + 1) * slot
            if prev is not None and prev != y:
                p.drawLine(QPointF(x0, prev), QPointF(x0, y))
            p.drawLine(QPointF(x0, y), QPointF(x1, y))
            prev = y
        p.end()
