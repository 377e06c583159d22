#include "tiller/gui/CharterExport.h"

#include "tiller/app/Portfolio.h"
#include "tiller/app/Text.h"
#include "tiller/gui/Dialogs.h"

#include "HtmlPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace tiller::gui {

namespace {

QString esc(const QString& text) { return HtmlPdf::escape(text); }

QString personName(const app::Portfolio& portfolio, core::Id id)
{
    const core::Person* p = id ? portfolio.person(id) : nullptr;
    return p ? p->name : QString();
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

// The dates of a bin, or its horizon when it has none.
QString when(const core::ProjectBin& bin)
{
    if (bin.start.isValid() && bin.end.isValid()) {
        return QStringLiteral("%1 – %2").arg(isoDate(bin.start), isoDate(bin.end));
    }
    return app::Text::horizon(bin.horizon);
}


} // namespace

QString CharterExport::html(const app::Portfolio& portfolio, const app::CharterDraft& draft)
{
    const core::ProjectBin* bin = portfolio.bin(draft.charter.binId);
    const core::ProjectBin b = bin ? *bin : core::ProjectBin{};
    const core::Domain* domain = b.domainId ? portfolio.domain(b.domainId) : nullptr;
    const QString none = tr("(none)");
    const auto orNone = [&](const QString& s) { return s.isEmpty() ? none : s; };
    const QString owner = orNone(personName(portfolio, b.ownerId));
    const QString sponsor = orNone(personName(portfolio, draft.charter.sponsorId));
    const QString notWritten = QStringLiteral("<p class='empty'>%1</p>").arg(tr("Not written yet.").toHtmlEscaped());

    QString h;
    h += HtmlPdf::begin();
    h += QStringLiteral("<p class='sub'>%1</p>").arg(esc(tr("Project charter")));
    h += QStringLiteral("<h1>%1 — %2</h1>").arg(esc(b.code), esc(b.name));
    if (draft.isTemplate) {
        h += QStringLiteral("<p class='empty'>%1</p>").arg(esc(tr("Draft from the template: not saved yet.")));
    }
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2' style='margin-top: 6px;'>");
    const auto pair = [&](const QString& k1, const QString& v1, const QString& k2, const QString& v2) {
        h += QStringLiteral("<tr><td class='k'>%1</td><td width='38%'><b>%2</b></td><td class='k'>%3</td>"
                            "<td width='38%'><b>%4</b></td></tr>")
                 .arg(esc(k1), esc(v1), esc(k2), esc(v2));
    };
    pair(tr("Status"), app::Text::binStatus(b.status), tr("Domain"), domain ? domain->name : none);
    pair(tr("Owner"), owner, tr("Sponsor"), sponsor);
    pair(b.start.isValid() ? tr("Dates") : tr("Horizon"), when(b), tr("Priority"),
         b.priority > 0 ? QString::number(b.priority) : none);
    h += QStringLiteral("</table><hr>");

    const auto section = [&](const QString& title, const QString& text) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(title));
        h += text.trimmed().isEmpty() ? notWritten : QStringLiteral("<p>%1</p>").arg(esc(text.trimmed()));
    };
    section(tr("Objectives"), draft.charter.objectives);
    section(tr("Expected benefits"), draft.charter.benefits);
    section(tr("Scope in"), draft.charter.scopeIn);
    section(tr("Scope out"), draft.charter.scopeOut);

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Phases")));
    if (draft.phases.empty()) {
        h += notWritten;
    } else {
        h += QStringLiteral(
                 "<table width='100%' cellspacing='0'><thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>")
                 .arg(esc(tr("Phase")), esc(tr("Start")), esc(tr("End")));
        for (const auto& p : draft.phases) {
            h += QStringLiteral("<tr><td class='c'>%1</td><td class='c' width='18%'>%2</td>"
                                "<td class='c' width='18%'>%3</td></tr>")
                     .arg(esc(p.name), isoDate(p.start), isoDate(p.end));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Definition of done")));
    if (draft.definitionOfDone.empty()) {
        h += notWritten;
    } else {
        for (const auto& d : draft.definitionOfDone) {
            h += QStringLiteral("<p>%1&nbsp;&nbsp;%2</p>")
                     .arg(d.done ? QStringLiteral("☑") : QStringLiteral("☐"), esc(d.text));
        }
    }
    section(tr("Risks"), draft.charter.risks);

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Team")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Owner: %1 · Sponsor: %2").arg(owner, sponsor)));

    // Where the owner and the sponsor sign.
    h += QStringLiteral("<table width='100%' cellspacing='0' style='margin-top: 28px;'><tr>");
    for (const QString& who : {tr("Owner"), tr("Sponsor")}) {
        h += QStringLiteral("<td width='50%' style='padding-right: 24px;'>"
                            "<p>______________________________</p><p class='sub'>%1 · %2</p></td>")
                 .arg(esc(who), esc(tr("signature and date")));
    }
    h += QStringLiteral("</tr></table>");
    h += QStringLiteral("</body></html>");
    return h;
}

bool CharterExport::write(const app::Portfolio& portfolio, const app::CharterDraft& draft, const QString& path,
                          QString* error, QDate printedOn)
{
    const core::ProjectBin* bin = portfolio.bin(draft.charter.binId);
    if (!bin) {
        *error = tr("The bin no longer exists.");
        return false;
    }
    HtmlPdf::Options options;
    options.title = tr("Charter of %1 — %2").arg(bin->code, bin->name);
    options.footer = tr("Charter of %1 — %2 · printed %3").arg(bin->code, bin->name, printedOn.toString(Qt::ISODate));
    options.fitPages = 2; // long charters get a smaller type, so that they stay within two pages
    return HtmlPdf::write(CharterExport::html(portfolio, draft), path, options, error);
}

bool CharterExport::write(const app::Portfolio& portfolio, core::Id binId, const QString& path, QString* error)
{
    return write(portfolio, app::CharterEdits::draft(portfolio, binId), path, error);
}

QString CharterExport::exportInteractively(QWidget* parent, const app::Portfolio& portfolio,
                                           const app::CharterDraft& draft)
{
    const core::ProjectBin* bin = portfolio.bin(draft.charter.binId);
    if (!bin) {
        return {};
    }
    const QString path =
        Dialogs::saveFileName(parent, tr("Export Charter"), tr("%1 charter.pdf").arg(bin->code), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return {};
    }
    QString error;
    if (!write(portfolio, draft, path, &error)) {
        Dialogs::warning(parent, tr("Export Charter"), error);
        return {};
    }
    return path;
}

QString CharterExport::exportInteractively(QWidget* parent, const app::Portfolio* portfolio, core::Id binId)
{
    if (!portfolio || !portfolio->bin(binId)) {
        return {};
    }
    return exportInteractively(parent, *portfolio, app::CharterEdits::draft(*portfolio, binId));
}

} // namespace tiller::gui
