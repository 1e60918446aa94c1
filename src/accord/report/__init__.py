"""HTML and charts: the gap matrix, provisions with evidence, and inline SVG charts.

The web app and ``accord report`` share these views, templates and the stylesheet.
"""

from accord.report.case import CaseView, case_view
from accord.report.document import DocumentView, ProvisionView, document_view
from accord.report.highlight import Span, highlight
from accord.report.matrix import MatrixView, matrix_view
from accord.report.palette import STANCE_COLORS, party_colors
from accord.report.render import build_report, render_report, write_report
from accord.report.svg import frontier_plot, stance_bars, stance_counts, status_bar

__all__ = [
    "STANCE_COLORS",
    "CaseView",
    "DocumentView",
    "MatrixView",
    "ProvisionView",
    "Span",
    "build_report",
    "case_view",
    "document_view",
    "frontier_plot",
    "highlight",
    "matrix_view",
    "party_colors",
    "render_report",
    "stance_bars",
    "stance_counts",
    "status_bar",
    "write_report",
]
