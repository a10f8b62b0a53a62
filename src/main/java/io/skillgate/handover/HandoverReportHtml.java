package io.skillgate.handover;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the handover report as a self-contained HTML document both parties can keep (and print
 * to PDF). Every value comes from users or contracts, so every value is HTML-escaped.
 */
@Component
public class HandoverReportHtml {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  public String render(HandoverView r) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Exit handover report – ").append(e(r.contractId())).append("</title>")
        .append("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%;"
            + "margin-bottom:1.5em}th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}"
            + "th{background:#eee}.ACCEPTED{color:#176f2c}.REFUSED,.OUTSTANDING{color:#a31515}</style>")
        .append("</head><body>\n");
    h.append("<h1>Exit handover report</h1>\n<table>")
        .append(row("Contract", r.contractId() + (r.contractTitle() == null ? "" : " – " + r.contractTitle())))
        .append(row("Client", r.clientName()))
        .append(row("Vendor", r.vendorName()))
        .append(row("Ended by", r.terminated() ? "termination" : "end of term"));
    if (r.terminated()) {
      h.append(row("Termination reason", r.terminationReason()));
    }
    h.append(row("Effective end date", str(r.effectiveEndDate())))
        .append(row("Items due", str(r.itemsDue())))
        .append(row("Access revoked by", str(r.revokeAccessDue())))
        .append(row("Sign-off due", str(r.signOffDue())))
        .append(row("Report generated", TIME.format(r.generatedAt())))
        .append("</table>\n");

    HandoverView.Counts c = r.counts();
    h.append("<h2>Summary</h2>\n<table>")
        .append(row("Checklist items", String.valueOf(c.total())))
        .append(row("Accepted", String.valueOf(c.accepted())))
        .append(row("Delivered, awaiting acceptance", String.valueOf(c.delivered())))
        .append(row("Refused, back with the vendor", String.valueOf(c.refused())))
        .append(row("Outstanding", String.valueOf(c.outstanding())))
        .append(row("Refused at least once", String.valueOf(c.refusedAtLeastOnce())))
        .append(row("Escalated as overdue", String.valueOf(c.escalated())))
        .append(row("Member accesses revoked / open", c.accessesRevoked() + " / " + c.accessesOpen()))
        .append("</table>\n");

    h.append("<h2>Checklist</h2>\n<table><tr><th>#</th><th>Kind</th><th>Item</th><th>Status</th>"
        + "<th>Location or reference</th><th>Delivered</th><th>Reviewed</th><th>Refusals</th><th>Overdue</th></tr>\n");
    for (HandoverItem i : r.items()) {
      h.append("<tr><td>").append(i.position()).append("</td><td>").append(e(i.kind().name()))
          .append("</td><td>").append(e(i.title()))
          .append("</td><td class=\"").append(i.status().name()).append("\">").append(e(i.status().name()))
          .append("</td><td>").append(e(i.location()))
          .append(i.deliveryNote() == null ? "" : "<br><small>" + e(i.deliveryNote()) + "</small>")
          .append("</td><td>").append(e(who(i.deliveredBy(), i.deliveredAt())))
          .append("</td><td>").append(e(who(i.reviewedBy(), i.reviewedAt())))
          .append("</td><td>").append(i.refusals())
          .append(i.refusalReason() == null ? "" : "<br><small>last: " + e(i.refusalReason()) + "</small>")
          .append("</td><td>").append(i.overdueEscalated() ? "escalated " + e(TIME.format(i.escalatedAt())) : "")
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Access revocation</h2>\n<table><tr><th>System</th><th>Member</th><th>Revoked</th></tr>\n");
    for (AccessRevocation a : r.accessRevocations()) {
      h.append("<tr><td>").append(e(a.system())).append("</td><td>").append(e(a.memberName() + " (" + a.memberId() + ")"))
          .append("</td><td>").append(a.revoked() ? e(who(a.revokedBy(), a.revokedAt())) : "<b>open</b>")
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>End-of-contract training evaluation</h2>\n");
    List<TrainingEvaluationSource.Line> evaluation = r.trainingEvaluation();
    if (evaluation == null) {
      h.append("<p>Not available: no training evaluation has been produced for this contract.</p>\n");
    } else {
      h.append("<table><tr><th>KPI</th><th>Target</th><th>Reached</th><th>Met</th></tr>\n");
      for (TrainingEvaluationSource.Line l : evaluation) {
        h.append("<tr><td>").append(e(l.kpi())).append("</td><td>").append(e(l.target())).append("</td><td>")
            .append(e(l.actual())).append("</td><td>").append(l.met() ? "yes" : "no").append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    HandoverView.SignOff s = r.signOff();
    h.append("<h2>Joint sign-off</h2>\n<table>")
        .append(row("For the client", s.clientSignatory() == null ? "not signed yet" : s.clientSignatory()))
        .append(row("For the vendor", s.vendorSignatory() == null ? "not signed yet" : s.vendorSignatory()))
        .append(row("Signed off", s.signedOffAt() == null ? "not yet" : TIME.format(s.signedOffAt())))
        .append("</table>\n</body></html>\n");
    return h.toString();
  }

  private static String row(String label, String value) {
    return "<tr><th>" + e(label) + "</th><td>" + e(value) + "</td></tr>";
  }

  private static String who(String by, Instant at) {
    if (at == null) {
      return "";
    }
    return TIME.format(at) + (by == null ? "" : " by " + by);
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  private static String e(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
  }
}
