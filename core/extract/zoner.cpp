#include "extract/zoner.h"

#include "extract/attributionwords.h"

#include <algorithm>

namespace Lede::Core::Extraction {

namespace {


bool endsLikeSentence(QStringView s)
{
    while (!s.isEmpty() && Tokenizer::isQuoteChar(s.back()))
        s.chop(1);
    return !s.isEmpty() && (s.back() == u'.' || s.back() == u'!' || s.back() == u'?');
}

} // namespace

int Document::mentionsBefore(int token) const
{
    return int(std::lower_bound(mentions.cbegin(), mentions.cend(), token,
                                [](const Mention &m, int t) { return m.first < t; })
               - mentions.cbegin());
}

int Document::tokenAt(int pos) const
{
    int lo = 0, hi = int(tokens.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (tokens[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int Document::paragraphOf(int token) const
{
    int lo = 0, hi = int(paragraphs.size()) - 1;
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (paragraphs[mid].firstToken <= token)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

void Zoner::split(Document &doc)
{
    const QStringView text = doc.text;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        // A paragraph ends at a line break followed by an empty (or blank) line.
        int j = i;
        int end = i;
        while (j < n) {
            if (text[j] == u'\n') {
                int k = j + 1;
                while (k < n && text[k] != u'\n' && text[k].isSpace())
                    ++k;
                if (k >= n || text[k] == u'\n')
                    break;
            }
            if (!text[j].isSpace())
                end = j + 1;
            ++j;
        }
        if (j >= n)
            for (int k = i; k < n; ++k)
                if (!text[k].isSpace())
                    end = k + 1;
        Paragraph p;
        p.span = {i, end};
        doc.paragraphs.append(p);
        i = j;
    }
    // Token ranges, in one pass.
    int t = 0;
    const int count = int(doc.tokens.size());
    for (Paragraph &p : doc.paragraphs) {
        while (t < count && doc.tokens[t].start < p.span.start)
            ++t;
        p.firstToken = t;
        while (t < count && doc.tokens[t].start < p.span.end)
            ++t;
        p.lastToken = t;
    }
}

bool Zoner::isDateline(const Document &doc, const Paragraph &p) const
{
    if (p.span.length() > 80 || p.lastToken == p.firstToken)
        return false;
    const Token &last = doc.tokens[p.lastToken - 1];
    const QChar lastChar = doc.text[last.start];
    if (lastChar == u'—' || lastChar == u'–' || lastChar == u'-')
        return true;
    int dateWords = 0, words = 0;
    bool year = false;
    for (int t = p.firstToken; t < p.lastToken; ++t) {
        const Token &tok = doc.tokens[t];
        if (tok.is(Word))
            ++words;
        if (tok.is(Number) && tok.end - tok.start == 4)
            year = true;
        if (m_lexicon.has(tok, MonthWord | WeekdayWord) && tok.is(Capitalised))
            ++dateWords;
    }
    // "Thu 12 Jun 2025 18.05 BST": abbreviations the lexicon does not list (a month word
    // "Jan" would also be a given name), trusted beside a year.
    for (int t = p.firstToken; year && t < p.lastToken; ++t)
        if (AttributionWords::isOneOf(doc, t, {u"Mon", u"Tue", u"Tues", u"Wed", u"Thu", u"Thur", u"Thurs", u"Fri", u"Sat",
                                              u"Sun", u"Jan", u"Feb", u"Mar", u"Apr", u"Jun", u"Jul", u"Aug", u"Sep",
                                              u"Sept", u"Oct", u"Nov", u"Dec"}))
            ++dateWords;
    return dateWords > 0 && words <= 6 && !endsLikeSentence(doc.textOf(p.span));
}

bool Zoner::isByline(const Document &doc, const Paragraph &p)
{
    // "By Jane Doe", and "Isobel Fairhurst, Arts Correspondent": a name and a journalist's job.
    const QStringView s = doc.textOf(p.span);
    if (s.size() > 100 || p.lastToken - p.firstToken < 2 || endsLikeSentence(s))
        return false;
    if (s.startsWith(u"By "))
        return true;
    const Token &last = doc.tokens[p.lastToken - 1];
    return doc.tokens[p.firstToken].is(Capitalised) && doc.tokens[p.firstToken + 1].is(Capitalised)
        && s.contains(u',') && p.lastToken - p.firstToken <= 10
        && AttributionWords::isOneOf(doc, p.lastToken - 1, {u"Correspondent", u"Editor", u"Reporter", u"Writer", u"Columnist",
                                                           u"Journalist", u"Producer", u"Chief"})
        && last.is(Capitalised);
}

bool Zoner::isCredit(const Document &doc, const Paragraph &p)
{
    const QStringView s = doc.textOf(p.span);
    if (s.size() > 100)
        return false;
    if (s.startsWith(u"Photo:") || s.startsWith(u"Image:") || s.startsWith(u"Credit:")
        || s.startsWith(u"Photograph:") || s.startsWith(u"Picture:"))
        return true;
    // "JANE DOE/AP/Agency Images": a slash between words and an upper-case start.
    const qsizetype slash = s.indexOf(u'/');
    if (slash <= 0 || slash + 1 >= s.size() || s[slash - 1].isSpace() || s[slash + 1].isSpace())
        return false;
    int upper = 0, lower = 0;
    for (qsizetype k = 0; k < slash; ++k) {
        if (s[k].isUpper())
            ++upper;
        else if (s[k].isLower())
            ++lower;
    }
    if (upper > 0 && lower == 0)
        return true;
    // "Carlos Macedo/Reuters": a short line of capitalised words, a slash, an agency; no
    // sentence.
    if (s.size() > 80 || endsLikeSentence(s))
        return false;
    int words = 0;
    for (int t = p.firstToken; t < p.lastToken && doc.tokens[t].start < p.span.start + slash; ++t) {
        if (!doc.tokens[t].is(Word) || !doc.tokens[t].is(Capitalised))
            return false;
        ++words;
    }
    return words >= 1 && words <= 4 && s[slash + 1].isUpper();
}

bool Zoner::endsInCreditLine(const Document &doc, Paragraph &p)
{
    // A caption with its credit on the next line, no blank line between:
    // "A trader counts notes in Nairobi on Tuesday.\nBRIAN INGANGA/AP".
    const QStringView s = doc.textOf(p.span);
    const qsizetype lineBreak = s.lastIndexOf(u'\n');
    if (s.size() > 400 || lineBreak <= 0 || lineBreak + 1 >= s.size())
        return false;
    Paragraph last = p;
    last.span.start = p.span.start + int(lineBreak) + 1;
    while (last.firstToken < last.lastToken && doc.tokens[last.firstToken].start < last.span.start)
        ++last.firstToken;
    if (!isCredit(doc, last))
        return false;
    p.zone = QStringLiteral("CAPTION");
    p.subZone = last.span;
    p.subZoneLabel = QStringLiteral("CREDIT");
    return true;
}

void Zoner::separateDatelines(Document &doc)
{
    // "LONDON (Reuters) — Older adults ...": the dateline is no part of the first sentence, so
    // that no statement, subject or speaker starts inside it.
    // Paragraphs and sentences are both in text order: one pass over each, so that an article
    // of many datelined paragraphs stays linear.
    QList<Sentence> split;
    split.reserve(doc.sentences.size());
    qsizetype next = 0;
    for (const Paragraph &p : std::as_const(doc.paragraphs)) {
        if (p.subZoneLabel != u"DATELINE")
            continue;
        const int after = doc.tokenAt(p.subZone.end);
        while (next < doc.sentences.size() && doc.sentences[next].last <= after)
            split.append(doc.sentences[next++]);
        if (next < doc.sentences.size() && doc.sentences[next].first < after) {
            Sentence head = doc.sentences[next++];
            Sentence rest = head;
            head.last = after;
            rest.first = after;
            split.append(head);
            split.append(rest);
        }
    }
    if (split.isEmpty())
        return;
    while (next < doc.sentences.size())
        split.append(doc.sentences[next++]);
    doc.sentences = std::move(split);
}

bool Zoner::isBoilerplate(const Document &doc, const Paragraph &p) const
{
    if (p.span.length() > 300)
        return false;
    for (int t = p.firstToken; t < p.lastToken; ++t)
        if (m_lexicon.longestMatch(doc.tokens, t, p.lastToken, kindBit(PhraseKind::Boilerplate)).length)
            return true;
    return false;
}

void Zoner::findInlineParts(Document &doc, Paragraph &p) const
{
    const QStringView s = doc.textOf(p.span);
    // A caption paragraph ending in its credit: "... in Washington. Image: United States Navy."
    for (const QStringView marker : {QStringView(u"Image:"), QStringView(u"Photo:")}) {
        if (s.size() > 400)
            break;
        // Only a marker within the last 80 characters counts: search there, not the whole text.
        const qsizetype from = std::max<qsizetype>(0, s.size() - 79);
        const qsizetype found = s.sliced(from).lastIndexOf(marker);
        const qsizetype at = found < 0 ? -1 : from + found;
        if (at > 0) {
            p.zone = QStringLiteral("CAPTION");
            p.subZone = {p.span.start + int(at), p.span.end};
            p.subZoneLabel = QStringLiteral("CREDIT");
            return;
        }
    }
    // An inline dateline: "BERLIN (Reuters) — The minister ..."
    if (p.lastToken - p.firstToken > 3 && doc.tokens[p.firstToken].is(AllCaps)) {
        for (int t = p.firstToken + 1; t < p.lastToken && t < p.firstToken + 12; ++t) {
            const QChar c = doc.text[doc.tokens[t].start];
            if (c == u'—' || c == u'–' || (c == u'-' && doc.tokens[t].start > doc.tokens[t - 1].end)) {
                p.subZone = {p.span.start, doc.tokens[t].end};
                p.subZoneLabel = QStringLiteral("DATELINE");
                return;
            }
            // "CEDAR FLATS, Ore. (AP) —": a state's abbreviation after a comma ends no sentence.
            const bool state = t >= 2 && doc.tokens[t - 1].is(Capitalised) && doc.tokens[t - 1].end == doc.tokens[t].start
                && doc.tokens[t - 1].end - doc.tokens[t - 1].start <= 5 && doc.text[doc.tokens[t - 2].start] == u',';
            if (doc.tokens[t].is(SentenceFinal) && !state)
                return;
        }
    }
}

void Zoner::classify(Document &doc) const
{
    QList<Paragraph> &ps = doc.paragraphs;
    const int count = int(ps.size());
    if (count == 0)
        return;
    for (Paragraph &p : ps)
        p.zone = QStringLiteral("BODY");

    // Trailing boilerplate, from the end backwards.
    int bodyEnd = count;
    while (bodyEnd > 1 && isBoilerplate(doc, ps[bodyEnd - 1])) {
        ps[bodyEnd - 1].zone = QStringLiteral("BOILERPLATE");
        --bodyEnd;
    }

    // Head: headline, then dateline / byline / standfirst in the first few paragraphs.
    int head = 0;
    const Paragraph &first = ps[0];
    if (count > 1 && first.span.length() <= 250 && !endsLikeSentence(doc.textOf(first.span))) {
        ps[0].zone = QStringLiteral("HEADLINE");
        head = 1;
    }
    int lastHeadPart = -1;
    for (int i = head; i < qMin(bodyEnd, head + 4); ++i) {
        if (isByline(doc, ps[i])) {
            ps[i].zone = QStringLiteral("BYLINE");
            lastHeadPart = i;
        } else if (isDateline(doc, ps[i])) {
            ps[i].zone = QStringLiteral("DATELINE");
            lastHeadPart = i;
        }
    }
    // A dateline opening the body ("BELGRADE, Sept. 3 (AP) — The leader ...") ends the head too.
    for (int i = head + 1; lastHeadPart < 0 && i < qMin(bodyEnd, head + 3); ++i) {
        Paragraph probe = ps[i];
        findInlineParts(doc, probe);
        if (probe.subZoneLabel == u"DATELINE")
            lastHeadPart = i;
    }
    // A paragraph between the headline and a dateline or byline is the standfirst.
    for (int i = head; i < lastHeadPart; ++i)
        if (ps[i].zone == u"BODY" && ps[i].span.length() <= 500)
            ps[i].zone = QStringLiteral("STANDFIRST");

    // Captions and credits.
    for (int i = head; i < bodyEnd; ++i) {
        if (ps[i].zone != u"BODY")
            continue;
        if (endsInCreditLine(doc, ps[i]))
            continue;
        if (isCredit(doc, ps[i])) {
            ps[i].zone = QStringLiteral("CREDIT");
            if (i > head && ps[i - 1].zone == u"BODY" && ps[i - 1].span.length() <= 300)
                ps[i - 1].zone = QStringLiteral("CAPTION");
        } else {
            findInlineParts(doc, ps[i]);
        }
    }
    separateDatelines(doc);
}

} // namespace Lede::Core::Extraction
