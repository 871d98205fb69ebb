#pragma once

#include "extract/tokenizer.h"
#include "model/span.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Lede::Core::Extraction {

/// A block of text between blank lines, with its zone label ("HEADLINE", "BODY", ...).
struct Paragraph {
    Span span;
    int firstToken = 0;
    int lastToken = 0; // exclusive
    QString zone;
    Span subZone;      // a second zone inside the paragraph (inline dateline or credit)
    QString subZoneLabel;
};

/// A named mention (or, with @c pronoun set, a pronoun used as a speaker).
struct Mention {
    Span span;
    int first = 0; // tokens [first, last)
    int last = 0;
    QString type;  // PERSON, ORG, GPE, LOC, NORP, DATE
    QString rule;  // origin rule, e.g. "entity.gazetteer"
    QString title; // "Interior Minister" for a person mention preceded by one
    int canonical = -1; // alias group of the lexicon (countries), or -1
    int group = -1;     // index of its mention group (canonical entity)
    bool outlet = false; // a news outlet or agency
};

/// A quotation or reported statement with its attribution.
struct QuoteFound {
    Span span;         // content; for direct quotes including the marks
    QString label;     // DIRECT, PARTIAL, INDIRECT, SCARE
    QString rule;
    int paragraph = 0;
    int firstToken = 0; // tokens of the content [firstToken, lastToken)
    int lastToken = 0;
    bool openEnded = false; // runs on into the next paragraph
    Span cue;
    QString cueRule;
    int speaker = -1;   // index into Document::mentions
    Span speakerSpan;   // what the text says: a name, a pronoun or "officials"
    bool anonymous = false;
    int outlet = -1;    // mention index of an outlet the statement rests on
    Span unnamedOutlet; // an outlet the text does not name: "local radio", "state television"
};

/// A word-list hit: hedge, loaded word, intensifier, anonymous source.
struct LexicalHit {
    Span span;
    QString layer; // "hedge", "loaded", "source"
    QString label;
    QString rule;
    int quote = -1; // index of the quote it sits in (voice), or -1
    int mention = -1; // for sources: the outlet mention
};

/// Everything the pipeline stages share about one text. Each stage reads what earlier stages
/// filled and adds its own part.
struct Document {
    QStringView text;
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<Paragraph> paragraphs;
    QList<Mention> mentions;     // sorted by position
    QList<QuoteFound> quotes;
    QList<LexicalHit> hits;

    QStringView textOf(Span s) const { return text.mid(s.start, s.length()); }
    QStringView textOf(const Token &t) const { return text.mid(t.start, t.end - t.start); }
    QStringView textOf(int first, int last) const
    {
        return text.mid(tokens[first].start, tokens[last - 1].end - tokens[first].start);
    }
    Span spanOf(int first, int last) const { return {tokens[first].start, tokens[last - 1].end}; }
    /// A mention of tokens [first, last) with a type and the rule that found it.
    Mention mentionOf(int first, int last, const QString &type, const QString &rule) const
    {
        Mention m;
        m.first = first;
        m.last = last;
        m.span = spanOf(first, last);
        m.type = type;
        m.rule = rule;
        return m;
    }
    /// Index of the first token starting at or after @p pos.
    int tokenAt(int pos) const;
    /// How many mentions start before @p token (mentions are in text order): where a bounded
    /// look back over them begins.
    int mentionsBefore(int token) const;
    /// Paragraph index of a token.
    int paragraphOf(int token) const;
    const QString &zoneOf(int token) const { return paragraphs[paragraphOf(token)].zone; }
};

} // namespace Lede::Core::Extraction
