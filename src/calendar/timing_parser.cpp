// SPDX-License-Identifier: Apache-2.0
// The Swedish timing grammar (docs/timing.md). A hand-written recursive-descent parser over the
// lexer's tokens: each construct either matches and marks its tokens consumed, or restores the
// position; whatever stays unconsumed is reported as the unparsed remainder.
#include <algorithm>

#include "calendar/timing_lexer.h"
#include "calendar/timing_vocabulary.h"
#include "miljoplan/calendar/swedish_calendar.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

using detail::Season;
using detail::Token;
using boost::gregorian::days;

enum class Unit { Day, Week, Month, Season, Term, Quarter, Tertial, HalfYear, Year, SchoolYear };

// A point in time as written: a unit and its numbers, the year possibly still to be decided.
struct Point {
    Unit unit = Unit::Year;
    int year = 0;    // 0 until known
    int value = 0;   // month, week, season, quarter, tertial or half
    int value2 = 0;  // last week of a week range
    int day = 0;
    int year2 = 0;   // second year of "2023/2024"
    std::size_t first = 0;  // token span, inclusive
    std::size_t last = 0;
};

class Parser {
public:
    Parser(const std::string& text, const TimingContext& context)
        : text_(text), context_(context), tokens_(detail::tokenize(text)), consumed_(tokens_.size(), false)
    {
        result_.text = text;
    }

    Timing run()
    {
        clause(WindowKind::Period, std::string::npos);
        std::string rest;
        for (std::size_t i = 0; i < tokens_.size(); ++i) {
            if (consumed_[i] || tokens_[i].kind == Token::Kind::Punct) continue;
            rest += (rest.empty() ? "" : " ") + text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
        }
        result_.unparsed = rest;
        return std::move(result_);
    }

private:
    // ---- token helpers -------------------------------------------------------------------------
    const Token* at(std::size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }
    bool word_at(std::size_t i, std::string_view key) const { return at(i) && at(i)->is_word(key); }
    bool punct_at(std::size_t i, std::string_view key) const { return at(i) && at(i)->is_punct(key); }
    bool number_at(std::size_t i) const { return at(i) && at(i)->kind == Token::Kind::Number; }
    bool tight(std::size_t i) const { return at(i) && !at(i)->space_before; }

    void consume(std::size_t from, std::size_t to)
    {
        for (std::size_t i = from; i < to && i < consumed_.size(); ++i) consumed_[i] = true;
    }
    std::string text_of(std::size_t from, std::size_t to) const
    {
        if (from >= to || from >= tokens_.size()) return {};
        const std::size_t end = tokens_[std::min(to, tokens_.size()) - 1].end;
        return text_.substr(tokens_[from].begin, end - tokens_[from].begin);
    }
    [[noreturn]] void fail(std::size_t token, const std::string& message) const
    {
        std::size_t column = 1;
        if (token < tokens_.size()) {
            column = 1;
            for (std::size_t b = 0; b < tokens_[token].begin; ++b)
                if ((static_cast<unsigned char>(text_[b]) & 0xC0) != 0x80) ++column;
        }
        throw ParseError(SourceLocation{"\"" + text_ + "\"", 1, column, {}}, message);
    }

    std::optional<int> year_at(std::size_t i) const
    {
        if (!number_at(i) || at(i)->key.size() != 4) return std::nullopt;
        const int y = at(i)->number();
        if (y < 1900 || y > 2199) return std::nullopt;
        return y;
    }

    // ---- clause level --------------------------------------------------------------------------
    bool separator(std::size_t i) const
    {
        const Token* t = at(i);
        if (!t) return false;
        if (t->kind == Token::Kind::Punct) return t->key == "," || t->key == ";" || t->key == "." || t->key == ":" || t->key == "!";
        static const char* const words[] = {"samt", "och", "sedan", "därefter", "även", "också", "eller", "resp"};
        for (const char* w : words)
            if (t->key == w) return true;
        return false;
    }

    // Parses constructs until the end or (inside parentheses) the closing parenthesis.
    void clause(WindowKind kind, std::size_t stop)
    {
        // Unknown words before a construct label it only where Swedish plans put labels: inside
        // parentheses ("(tillsynsbesök höst 2023-sommar 2024)"), after a connective ("samt en kortare
        // avstämning en gång per månad"), in a phase, or before a colon ("Inventering: mars 2025").
        // Anywhere else they stay unparsed, so a qualifier the grammar lacks is reported, not hidden.
        std::vector<std::size_t> pending;
        bool after_connective = false;
        std::string colon_label;
        auto labels_allowed = [&] { return kind == WindowKind::Detail || after_connective || !phase_label_.empty(); };
        auto label = [&]() -> std::string {
            std::string text = colon_label;
            colon_label.clear();
            if (!pending.empty() && labels_allowed()) {
                const std::string words = text_of(pending.front(), pending.back() + 1);
                text += (text.empty() ? "" : " ") + words;
                for (auto i : pending) consumed_[i] = true;
            }
            pending.clear();
            return text;
        };
        while (pos_ < tokens_.size() && pos_ != stop) {
            if (punct_at(pos_, ")") && stop != std::string::npos) return;
            if (punct_at(pos_, ":") && !pending.empty()) {
                colon_label = text_of(pending.front(), pending.back() + 1);
                for (auto i : pending) consumed_[i] = true;
                pending.clear();
                consume(pos_, pos_ + 1);
                ++pos_;
                continue;
            }
            if (separator(pos_)) {
                after_connective = tokens_[pos_].kind == Token::Kind::Word;
                consume(pos_, pos_ + 1);
                pending.clear();
                colon_label.clear();
                ++pos_;
                continue;
            }
            if (approximation(pos_)) continue;
            if (punct_at(pos_, "(")) {
                const std::size_t open = pos_;
                // Each parenthesis is read by a nested clause(): a hostile phrase must not exhaust the stack.
                if (paren_depth_ >= kMaxParenDepth)
                    fail(open, "parentheses ( nested deeper than " + std::to_string(kMaxParenDepth) + " levels");
                const std::size_t close = matching_paren(open);
                consume(open, open + 1);
                if (close != std::string::npos) consume(close, close + 1);
                ++pos_;
                pending.clear();
                ++paren_depth_;
                clause(WindowKind::Detail, close == std::string::npos ? std::string::npos : close);
                --paren_depth_;
                if (close != std::string::npos) pos_ = close + 1;
                continue;
            }
            if (phase()) {
                pending.clear();
                continue;
            }
            const WindowKind here = phase_label_.empty() || kind == WindowKind::Detail ? kind : WindowKind::Phase;
            const std::size_t before = pos_;
            if (ongoing() || deadline() || extension()) {
                pending.clear();
                continue;
            }
            // An exclusion standing alone belongs to the cadence before it, else to the whole phrase.
            if (exclusion(result_.cadences.empty() ? result_.excluded_months : result_.cadences.back().excluded_months)) {
                pending.clear();
                auto& months = result_.cadences.empty() ? result_.excluded_months : result_.cadences.back().excluded_months;
                std::sort(months.begin(), months.end());
                months.erase(std::unique(months.begin(), months.end()), months.end());
                continue;
            }
            if (auto c = cadence()) {
                const std::string words = label();
                if (!words.empty()) c->label = c->label.empty() ? words : words + " " + c->label;
                result_.cadences.push_back(std::move(*c));
                continue;
            }
            pos_ = before;
            const std::size_t windows_before = result_.windows.size();
            if (qualified_window(here) || window(here, {})) {
                std::string window_label = label();
                if (here == WindowKind::Phase)
                    window_label = window_label.empty() ? phase_label_ : phase_label_ + " " + window_label;
                for (std::size_t w = windows_before; w < result_.windows.size(); ++w) result_.windows[w].label = window_label;
                continue;
            }
            // Punctuation never labels anything: "Höst 2024/vår 2025" must not label spring "/".
            if (tokens_[pos_].kind != Token::Kind::Punct) pending.push_back(pos_);
            ++pos_;
        }
    }

    // "ca 3 gånger per år", "omkring mars 2025", "ungefär våren 2024", "cirka vecka 12": the figure is
    // approximate; say so and read on. Only before a count or a point (a season and a week are points too),
    // so that "runt" elsewhere stays an unknown word.
    bool approximation(std::size_t i)
    {
        static const char* const words[] = {"ca", "cirka", "omkring", "ungefär", "runt"};
        bool match = false;
        for (const char* w : words) match = match || word_at(i, w);
        const Token* next = at(i + 1);
        const bool point_word = next && next->kind == Token::Kind::Word &&
                                (detail::month_word(next->key) || detail::season_word(next->key) ||
                                 ((next->key == "vecka" || next->key == "v") && number_at(i + 2)));
        if (!match || !next || !(count_at(i + 1) || year_at(i + 1) || number_at(i + 1) || point_word)) return false;
        consume(i, i + 1);
        result_.notes.push_back("\"" + text_of(i, i + 2) + "...\": ungefärligt angivet");
        ++pos_;
        return true;
    }

    // "i början av 2024", "mitten av mars", "i slutet av hösten 2024": a third of the period;
    // "efter sommaren 2024": from the end of the period to the end of its year. Both are marked ambiguous.
    bool qualified_window(WindowKind kind)
    {
        const std::size_t start = pos_;
        std::size_t i = pos_;
        if (word_at(i, "i")) ++i;
        int third = -1;
        bool after = false;
        if (word_at(i, "början") && word_at(i + 1, "av")) third = 0;
        else if (word_at(i, "mitten") && word_at(i + 1, "av")) third = 1;
        else if (word_at(i, "slutet") && word_at(i + 1, "av")) third = 2;
        else if (i == start && word_at(i, "efter")) after = true;
        else return false;
        pos_ = i + (after ? 1 : 2);
        auto p = point();
        if (!p) {
            pos_ = start;
            return false;
        }
        const DateRange whole = resolve(*p, std::nullopt);
        consume(start, pos_);
        const std::string words = text_of(start, pos_);
        DateRange range = whole;
        if (after) {
            range = DateRange{whole.end, DateRange::year(whole.last().year()).end};
            if (range.empty()) fail(start, "nothing of the year is left after '" + text_of(p->first, p->last + 1) + "'");
            result_.notes.push_back("\"" + words + "\": läses som tiden från periodens slut till årets slut");
        } else {
            const long length = whole.days();
            const Date from = whole.first + boost::gregorian::days(length * third / 3);
            const Date to = third == 2 ? whole.end : whole.first + boost::gregorian::days(length * (third + 1) / 3);
            range = DateRange{from, to};
            result_.notes.push_back("\"" + words + "\": läses som periodens " +
                                    (third == 0 ? std::string("första") : third == 1 ? "mittersta" : "sista") +
                                    " tredjedel, " + range.to_string());
        }
        result_.ambiguous = true;
        result_.windows.push_back(TimeWindow{range, kind, {}, words});
        return true;
    }

    std::size_t matching_paren(std::size_t open) const
    {
        int depth = 0;
        for (std::size_t i = open; i < tokens_.size(); ++i) {
            if (punct_at(i, "(")) ++depth;
            if (punct_at(i, ")") && --depth == 0) return i;
        }
        return std::string::npos;
    }

    bool phase()
    {
        if (!word_at(pos_, "fas") || !number_at(pos_ + 1)) return false;
        const std::size_t start = pos_;
        pos_ += 2;
        phase_label_ = text_of(start, pos_);
        if (punct_at(pos_, ":")) ++pos_;
        consume(start, pos_);
        return true;
    }

    // ---- points ----------------------------------------------------------------------------------
    std::optional<Point> point()
    {
        const std::size_t start = pos_;
        Point p;
        p.first = start;
        auto done = [&](std::size_t next) {
            pos_ = next;
            p.last = next - 1;
            return p;
        };
        // ISO date 2025-03-15 (no spaces inside).
        if (year_at(pos_) && punct_at(pos_ + 1, "-") && tight(pos_ + 1) && number_at(pos_ + 2) && tight(pos_ + 2) &&
            at(pos_ + 2)->key.size() == 2 && punct_at(pos_ + 3, "-") && tight(pos_ + 3) && number_at(pos_ + 4) &&
            tight(pos_ + 4) && at(pos_ + 4)->key.size() == 2) {
            p.unit = Unit::Day;
            p.year = *year_at(pos_);
            p.value = at(pos_ + 2)->number();
            p.day = at(pos_ + 4)->number();
            if (p.value < 1 || p.value > 12) fail(pos_, "no such month in the date '" + text_of(pos_, pos_ + 5) + "'");
            return done(pos_ + 5);
        }
        // ISO month 2024-03 (no spaces inside; "2023-2024" is a range of years, read elsewhere).
        if (year_at(pos_) && punct_at(pos_ + 1, "-") && tight(pos_ + 1) && number_at(pos_ + 2) && tight(pos_ + 2) &&
            at(pos_ + 2)->key.size() == 2 && !(punct_at(pos_ + 3, "-") && tight(pos_ + 3))) {
            p.unit = Unit::Month;
            p.year = *year_at(pos_);
            p.value = at(pos_ + 2)->number();
            if (p.value < 1 || p.value > 12) fail(pos_, "no such month in '" + text_of(pos_, pos_ + 3) + "'");
            return done(pos_ + 3);
        }
        std::size_t i = pos_;
        if (word_at(i, "den") && number_at(i + 1)) ++i;
        // 15/3 [2025]: day/month, the Swedish order
        if (number_at(i) && at(i)->key.size() <= 2 && punct_at(i + 1, "/") && tight(i + 1) && number_at(i + 2) &&
            tight(i + 2) && at(i + 2)->key.size() <= 2) {
            p.unit = Unit::Day;
            p.first = i;
            p.day = at(i)->number();
            p.value = at(i + 2)->number();
            if (p.value < 1 || p.value > 12) fail(i, "no such month in '" + text_of(i, i + 3) + "'");
            std::size_t next = i + 3;
            if (auto y = year_at(next)) {
                p.year = *y;
                ++next;
            }
            return done(next);
        }
        // 3 mars [2025], 3:e mars
        if (number_at(i) && at(i)->key.size() <= 2) {
            std::size_t j = i + 1;
            if (punct_at(j, ":") && word_at(j + 1, "e")) j += 2;
            if (at(j) && at(j)->kind == Token::Kind::Word) {
                if (auto month = detail::month_word(at(j)->key)) {
                    p.unit = Unit::Day;
                    p.day = at(i)->number();
                    p.value = *month;
                    p.first = i;
                    std::size_t next = j + 1;
                    if (auto y = year_at(next)) {
                        p.year = *y;
                        ++next;
                    }
                    return done(next);
                }
            }
        }
        if (at(i) && at(i)->kind == Token::Kind::Word) {
            const std::string& key = at(i)->key;
            if (auto month = detail::month_word(key)) {
                p.unit = Unit::Month;
                p.value = *month;
                std::size_t next = i + 1;
                if (word_at(next, "månad")) ++next;
                if (auto y = year_at(next)) {
                    p.year = *y;
                    ++next;
                }
                return done(next);
            }
            if (auto season = detail::season_word(key)) {
                p.unit = season->term ? Unit::Term : Unit::Season;
                p.value = static_cast<int>(season->season);
                std::size_t next = i + 1;
                if (auto y = year_at(next)) {
                    p.year = *y;
                    ++next;
                    // "vintern 2023/2024", "2023/24"
                    if (punct_at(next, "/") && number_at(next + 1)) {
                        p.year2 = second_year(p.year, *at(next + 1));
                        next += 2;
                    }
                }
                return done(next);
            }
            // ordinal + kvartalet/tertialet/halvåret
            if (auto ordinal = detail::ordinal_word(key)) {
                if (at(i + 1) && at(i + 1)->kind == Token::Kind::Word) {
                    const std::string& noun = at(i + 1)->key;
                    Unit unit = Unit::Year;
                    int limit = 0;
                    if (noun == "kvartalet" || noun == "kvartal") { unit = Unit::Quarter; limit = 4; }
                    else if (noun == "tertialet" || noun == "tertial") { unit = Unit::Tertial; limit = 3; }
                    else if (noun == "halvåret" || noun == "halvår") { unit = Unit::HalfYear; limit = 2; }
                    if (limit > 0) {
                        p.unit = unit;
                        p.value = *ordinal < 0 ? limit : *ordinal;
                        if (p.value > limit) fail(i, "there is no '" + text_of(i, i + 2) + "'");
                        std::size_t next = i + 2;
                        if (auto y = year_at(next)) {
                            p.year = *y;
                            ++next;
                        }
                        return done(next);
                    }
                }
            }
            // kvartal 3, kv. 3, Q3, K3; tertial 1, T1; halvår 1, H1
            {
                Unit unit = Unit::Year;
                int limit = 0;
                const bool needs_tight = key == "q" || key == "k" || key == "t" || key == "h";
                if (key == "kvartal" || key == "kv" || key == "q" || key == "k") { unit = Unit::Quarter; limit = 4; }
                else if (key == "tertial" || key == "t") { unit = Unit::Tertial; limit = 3; }
                else if (key == "halvår" || key == "h") { unit = Unit::HalfYear; limit = 2; }
                if (limit > 0 && number_at(i + 1) && (!needs_tight || tight(i + 1))) {
                    p.unit = unit;
                    p.value = at(i + 1)->number();
                    if (p.value < 1 || p.value > limit) fail(i, "there is no '" + text_of(i, i + 2) + "'");
                    std::size_t next = i + 2;
                    if (auto y = year_at(next)) {
                        p.year = *y;
                        ++next;
                    }
                    return done(next);
                }
            }
            // vecka 40 [2025], v. 40, v40, v 40-42
            if ((key == "vecka" || key == "v" || key == "veckorna" || key == "veckor") && number_at(i + 1)) {
                p.unit = Unit::Week;
                p.value = at(i + 1)->number();
                p.value2 = p.value;
                std::size_t next = i + 2;
                if ((punct_at(next, "-") || word_at(next, "till")) && number_at(next + 1) && at(next + 1)->key.size() <= 2) {
                    p.value2 = at(next + 1)->number();
                    next += 2;
                }
                if (auto y = year_at(next)) {
                    p.year = *y;
                    ++next;
                }
                if (p.value < 1 || p.value > 53 || p.value2 < 1 || p.value2 > 53)
                    fail(i, "there is no week '" + text_of(i, next) + "'");
                if (p.value2 < p.value) fail(i, "the weeks '" + text_of(i, next) + "' end before they start");
                return done(next);
            }
            if (key == "året" || (key == "hela" && word_at(i + 1, "året"))) {
                p.unit = Unit::Year;
                return done(key == "hela" ? i + 2 : i + 1);
            }
        }
        // 2024, 2023/2024, 2023 kv. 1
        if (auto y = year_at(i)) {
            p.year = *y;
            p.unit = Unit::Year;
            std::size_t next = i + 1;
            if (punct_at(next, "/") && number_at(next + 1) && tight(next) && tight(next + 1)) {
                p.unit = Unit::SchoolYear;
                p.year2 = second_year(p.year, *at(next + 1));
                return done(next + 2);
            }
            if ((word_at(next, "kv") || word_at(next, "kvartal")) && number_at(next + 1)) {
                p.unit = Unit::Quarter;
                p.value = at(next + 1)->number();
                if (p.value < 1 || p.value > 4) fail(next, "there is no '" + text_of(next, next + 2) + "'");
                return done(next + 2);
            }
            return done(next);
        }
        pos_ = start;
        return std::nullopt;
    }

    int second_year(int first, const Token& token) const
    {
        const int value = token.number();
        const int year = token.key.size() == 2 ? (first / 100) * 100 + value : value;
        return year;
    }

    // Decides a point's year and turns it into days.
    DateRange resolve(Point& p, std::optional<int> borrowed)
    {
        const std::string words = text_of(p.first, p.last + 1);
        if (p.year == 0) {
            if (borrowed) {
                p.year = *borrowed;
            } else if (context_.year) {
                p.year = *context_.year;
                result_.notes.push_back("\"" + words + "\": året " + std::to_string(p.year) + " från sammanhanget");
            } else {
                fail(p.first, "'" + words + "' has no year and the context gives none");
            }
        }
        // "2024/2023", "vintern 2025/24": a year pair must run forward, or the window would end before
        // it starts.
        if (p.year2 != 0 && p.year2 <= p.year)
            fail(p.first, "the year pair '" + words + "' ends before it starts");
        const int y = p.year;
        try {
            switch (p.unit) {
            case Unit::Day: {
                const Date d = make_date(y, p.value, p.day);
                return DateRange{d, d + days(1)};
            }
            case Unit::Month: return DateRange::month(y, p.value);
            case Unit::Week: {
                const Date monday = iso_week_monday(y, p.value);
                const Date last_monday = iso_week_monday(y, p.value2);
                return DateRange{monday, last_monday + days(7)};
            }
            case Unit::Quarter: return months(y, 3 * p.value - 2, 3);
            case Unit::Tertial: return months(y, 4 * p.value - 3, 4);
            case Unit::HalfYear: return months(y, 6 * p.value - 5, 6);
            case Unit::Year: return DateRange::year(y);
            case Unit::SchoolYear:
                result_.ambiguous = true;
                result_.notes.push_back("\"" + words + "\": läsår antas (1 augusti–30 juni); en tolvmånadersperiod kan också avses");
                return DateRange{make_date(y, 8, 1), make_date(p.year2, 7, 1)};
            case Unit::Term: return season(static_cast<Season>(p.value), y, SeasonReading::Term);
            case Unit::Season: {
                const auto s = static_cast<Season>(p.value);
                if (s == Season::Winter) {
                    if (p.year2 != 0) return DateRange{make_date(y, 12, 1), make_date(p.year2, 3, 1)};
                    result_.ambiguous = true;
                    result_.notes.push_back("\"" + words + "\": vintern " + std::to_string(y) + " läses som december " +
                                            std::to_string(y - 1) + "–februari " + std::to_string(y) +
                                            "; skriv \"vintern " + std::to_string(y) + "/" + std::to_string(y + 1) +
                                            "\" om nästa vinter avses");
                    return DateRange{make_date(y - 1, 12, 1), make_date(y, 3, 1)};
                }
                if (s == Season::Spring || s == Season::Autumn) {
                    result_.ambiguous = true;
                    const DateRange term = season(s, y, SeasonReading::Term);
                    const DateRange calendar = season(s, y, SeasonReading::Calendar);
                    result_.notes.push_back("\"" + words + "\" beror på hur årstider läses: termin " + term.to_string() +
                                            ", kalender " + calendar.to_string() + "; vald: " +
                                            to_string(context_.seasons));
                }
                return season(s, y, context_.seasons);
            }
            }
        } catch (const InvalidArgument& e) {
            fail(p.first, "'" + words + "' is impossible: " + e.what());
        }
        return DateRange::year(y);
    }

    static DateRange months(int year, int first_month, int count)
    {
        const Date start = make_date(year, first_month, 1);
        const int end_month = first_month + count;
        return DateRange{start, end_month > 12 ? make_date(year + 1, end_month - 12, 1) : make_date(year, end_month, 1)};
    }

    static DateRange season(Season s, int y, SeasonReading reading)
    {
        const bool term = reading == SeasonReading::Term;
        switch (s) {
        case Season::Spring: return term ? months(y, 1, 6) : months(y, 3, 3);
        case Season::Summer: return months(y, 6, 3);
        case Season::Autumn: return term ? months(y, 8, 5) : months(y, 9, 3);
        case Season::Winter: return DateRange{make_date(y - 1, 12, 1), make_date(y, 3, 1)};
        }
        return DateRange::year(y);
    }

    // ---- windows, ranges and lists ---------------------------------------------------------------
    bool range_separator(std::size_t i, std::size_t& width) const
    {
        width = 1;
        if (punct_at(i, "-")) return true;
        if (word_at(i, "till") && word_at(i + 1, "och") && word_at(i + 2, "med")) {
            width = 3;
            return true;
        }
        if (word_at(i, "till")) return true;
        if (at(i) && at(i)->dotted && at(i)->key == "tom") return true;
        if (word_at(i, "fram") && word_at(i + 1, "till")) {
            width = 2;
            return true;
        }
        return false;
    }

    // The days from the start of @p begin_point to the end of @p end_point ("A – B"). A start without a
    // year borrows the end's year, one less when months run over New Year ("december–februari 2025").
    DateRange range_of(Point& begin_point, Point& end_point, const std::string& words)
    {
        const DateRange end_range = resolve(end_point, std::nullopt);
        if (begin_point.year == 0) {
            begin_point.year = end_point.year;
            if (begin_point.unit == end_point.unit && begin_point.unit == Unit::Month && begin_point.value > end_point.value)
                begin_point.year -= 1;
        }
        const DateRange begin_range = resolve(begin_point, std::nullopt);
        if (!(begin_range.first < end_range.end) || end_range.end < begin_range.end)
            fail(begin_point.first, "the range '" + words + "' ends before it starts");
        return DateRange{begin_range.first, end_range.end};
    }

    // A point or a range of points after "under" ("under 2024", "löpande under 2024–2026"). Without the
    // range, "–2026" was left behind and read as a separate window labelled "–".
    std::optional<DateRange> point_or_range()
    {
        const std::size_t start = pos_;
        auto first = point();
        if (!first) return std::nullopt;
        const std::size_t after = pos_;
        std::size_t width = 0;
        if (range_separator(pos_, width)) {
            pos_ += width;
            if (auto until = point()) return range_of(*first, *until, text_of(start, pos_));
            pos_ = after;
        }
        return resolve(*first, std::nullopt);
    }

    bool window(WindowKind kind, const std::string& label)
    {
        const std::size_t start = pos_;
        bool open_start = false;
        if (at(pos_) && at(pos_)->dotted && at(pos_)->key == "from") {
            open_start = true;
            ++pos_;
        } else if (word_at(pos_, "från") && word_at(pos_ + 1, "och") && word_at(pos_ + 2, "med")) {
            open_start = true;
            pos_ += 3;
        } else if (word_at(pos_, "från") || word_at(pos_, "mellan")) {
            ++pos_;
        } else if (word_at(pos_, "under") || word_at(pos_, "i") || word_at(pos_, "på") || word_at(pos_, "hela")) {
            if (!(word_at(pos_, "hela") && word_at(pos_ + 1, "året"))) ++pos_;
            // "under hela 2024": "hela" belongs to the window too, not to an unread label "Under".
            if (word_at(pos_, "hela") && !word_at(pos_ + 1, "året")) ++pos_;
        }
        auto first = point();
        if (!first) {
            pos_ = start;
            return false;
        }
        std::vector<Point> group{*first};
        std::optional<Point> until;
        std::size_t width = 0;
        const std::size_t after_first = pos_;
        if (range_separator(pos_, width) || (word_at(start, "mellan") && word_at(pos_, "och"))) {
            pos_ += word_at(pos_, "och") ? 1 : width;
            until = point();
            if (!until) pos_ = after_first;
        }
        if (!until) {
            // "3 mars och 9 november 2015": a list of points of the same kind;
            // "v. 3, 10 och 45", "kvartal 1 och 3 2025": a list of numbers of the first point's unit.
            while (word_at(pos_, "och") || punct_at(pos_, ",")) {
                const std::size_t save = pos_;
                ++pos_;
                const Unit unit = group.front().unit;
                const bool numbered = unit == Unit::Week || unit == Unit::Quarter || unit == Unit::Tertial || unit == Unit::HalfYear;
                if (numbered && number_at(pos_) && at(pos_)->key.size() <= 2 &&
                    !(at(pos_ + 1) && at(pos_ + 1)->kind == Token::Kind::Word && detail::month_word(at(pos_ + 1)->key))) {
                    Point more = group.front();
                    more.first = pos_;
                    more.year = 0;
                    more.value = more.value2 = at(pos_)->number();
                    const int limit = unit == Unit::Week ? 53 : unit == Unit::Quarter ? 4 : unit == Unit::Tertial ? 3 : 2;
                    if (more.value < 1 || more.value > limit) fail(pos_, "there is no '" + text_of(group.front().first, pos_ + 1) + "'");
                    ++pos_;
                    if (auto y = year_at(pos_)) {
                        more.year = *y;
                        ++pos_;
                    }
                    more.last = pos_ - 1;
                    // The first point may have taken a year that belongs to the whole list; keep it.
                    group.push_back(more);
                    continue;
                }
                auto next = point();
                if (!next || next->unit != group.front().unit) {
                    pos_ = save;
                    break;
                }
                group.push_back(*next);
            }
        }
        consume(start, pos_);
        const std::string words = text_of(start, pos_);
        // Points without a year take the next year written after them, as Swedish does.
        std::optional<int> later = until && until->year ? std::optional<int>(until->year) : std::nullopt;
        if (until) {
            result_.windows.push_back(TimeWindow{range_of(group.front(), *until, words), kind, label, words});
            return true;
        }
        for (std::size_t k = group.size(); k-- > 0;) {
            if (group[k].year != 0) later = group[k].year;
            else if (later) group[k].year = *later;
        }
        for (auto& p : group) {
            const DateRange range = resolve(p, std::nullopt);
            if (p.unit == Unit::Day) {
                result_.dates.push_back(range.first);
            } else if (open_start) {
                result_.notes.push_back("\"" + words + "\": inget slut anges; perioden antas sluta med året");
                result_.windows.push_back(TimeWindow{DateRange{range.first, DateRange::year(p.year).end}, kind, label, words});
            } else {
                result_.windows.push_back(TimeWindow{range, kind, label, words});
            }
        }
        return true;
    }

    // ---- cadences --------------------------------------------------------------------------------
    std::optional<int> count_at(std::size_t i) const
    {
        if (number_at(i) && at(i)->key.size() <= 3) return at(i)->number();
        if (at(i) && at(i)->kind == Token::Kind::Word) return detail::number_word(at(i)->key);
        return std::nullopt;
    }

    static bool times_word(const Token* t)
    {
        if (!t || t->kind != Token::Kind::Word) return false;
        return t->key == "gång" || t->key == "gånger" || t->key == "ggr" || t->key == "tillfälle" ||
               t->key == "tillfällen";
    }

    std::optional<Cadence> cadence()
    {
        const std::size_t start = pos_;
        Cadence c;
        std::size_t i = pos_;
        if (auto n = count_at(i)) {
            c.min = c.max = *n;
            ++i;
            std::size_t width = 0;
            if ((range_separator(i, width) && width == 1) && count_at(i + 1)) {
                c.max = *count_at(i + 1);
                i += 2;
            }
            // "2 gånger per termin", or a count noun: "2 besök/termin", "3 träffar per år".
            std::string noun;
            if (times_word(at(i))) {
                ++i;
            } else if (at(i) && at(i)->kind == Token::Kind::Word && !detail::period_word(at(i)->key) &&
                       (word_at(i + 1, "per") || word_at(i + 1, "om") || punct_at(i + 1, "/") || word_at(i + 1, "varje")) &&
                       at(i + 2) && detail::period_word(at(i + 2)->key)) {
                noun = text_of(i, i + 1);
                ++i;
            } else {
                return std::nullopt;
            }
            c.label = noun;
            if ((word_at(i, "per") || word_at(i, "om") || word_at(i, "i") || word_at(i, "varje") || punct_at(i, "/")) &&
                at(i + 1) && detail::period_word(at(i + 1)->key)) {
                c.per = *detail::period_word(at(i + 1)->key);
                i += 2;
            } else if (word_at(i, "varannan") && at(i + 1) && detail::period_word(at(i + 1)->key)) {
                c.per = *detail::period_word(at(i + 1)->key);
                c.interval = 2;
                i += 2;
            } else {
                return std::nullopt;
            }
            if (c.min < 1 || c.max < c.min)
                fail(start, "the count in '" + text_of(start, i) + "' is impossible");
        } else if ((word_at(i, "varje") || word_at(i, "varannan") || word_at(i, "var")) && at(i + 1)) {
            int interval = word_at(i, "varannan") ? 2 : 1;
            std::size_t noun = i + 1;
            if (word_at(i, "var")) {
                auto ordinal = at(i + 1) ? detail::ordinal_word(at(i + 1)->key) : std::nullopt;
                if (!ordinal || *ordinal < 2) return std::nullopt;
                interval = *ordinal;
                noun = i + 2;
            }
            auto period = at(noun) ? detail::period_word(at(noun)->key) : std::nullopt;
            if (!period) return std::nullopt;
            c.per = *period;
            c.interval = interval;
            i = noun + 1;
        } else if (at(i) && at(i)->kind == Token::Kind::Word) {
            static const std::pair<const char*, CadencePeriod> adverbs[] = {
                {"årligen", CadencePeriod::Year},       {"årsvis", CadencePeriod::Year},
                {"månadsvis", CadencePeriod::Month},    {"månatligen", CadencePeriod::Month},
                {"kvartalsvis", CadencePeriod::Quarter}, {"veckovis", CadencePeriod::Week},
                {"veckoligen", CadencePeriod::Week},    {"halvårsvis", CadencePeriod::HalfYear},
                {"terminsvis", CadencePeriod::Term},    {"tertialvis", CadencePeriod::Tertial},
            };
            bool found = false;
            for (const auto& [w, period] : adverbs) {
                if (at(i)->key == w) {
                    c.per = period;
                    found = true;
                }
            }
            if (!found) return std::nullopt;
            ++i;
        } else {
            return std::nullopt;
        }
        pos_ = i;
        consume(start, pos_);
        std::size_t text_end = pos_;
        // Modifiers: exclusions, a scope, an anchor; each may follow a comma.
        while (pos_ < tokens_.size()) {
            const std::size_t save = pos_;
            if (punct_at(pos_, ",")) ++pos_;
            if (exclusion(c.excluded_months)) {
                text_end = pos_;
                continue;
            }
            if (scope(c)) {
                text_end = pos_;
                continue;
            }
            if (anchor(c)) {
                text_end = pos_;
                continue;
            }
            pos_ = save;
            break;
        }
        std::sort(c.excluded_months.begin(), c.excluded_months.end());
        c.excluded_months.erase(std::unique(c.excluded_months.begin(), c.excluded_months.end()), c.excluded_months.end());
        c.text = text_of(start, text_end);
        return c;
    }

    bool exclusion(std::vector<int>& months)
    {
        const std::size_t start = pos_;
        std::size_t i = pos_;
        if (word_at(i, "bortsett") && word_at(i + 1, "från")) i += 2;
        else if (word_at(i, "förutom") || word_at(i, "utom") || word_at(i, "undantaget") || word_at(i, "ej") ||
                 word_at(i, "inte") || word_at(i, "ingen") || word_at(i, "inga")) i += 1;
        else if (word_at(i, "med") && word_at(i + 1, "undantag") && word_at(i + 2, "för")) i += 3;
        else return false;
        if (word_at(i, "i") || word_at(i, "under")) ++i;
        std::vector<int> found;
        while (at(i) && at(i)->kind == Token::Kind::Word) {
            if (auto m = detail::month_word(at(i)->key)) {
                found.push_back(*m);
            } else if (auto s = detail::season_word(at(i)->key); s && s->season == Season::Summer) {
                found.insert(found.end(), {6, 7, 8});
            } else {
                break;
            }
            ++i;
            if (word_at(i, "månad") || word_at(i, "månaden") || word_at(i, "månaderna")) ++i;
            if ((word_at(i, "och") || punct_at(i, ",") || word_at(i, "samt")) && at(i + 1) && at(i + 1)->kind == Token::Kind::Word &&
                (detail::month_word(at(i + 1)->key) || detail::season_word(at(i + 1)->key)))
                ++i;
        }
        if (found.empty()) {
            pos_ = start;
            return false;
        }
        months.insert(months.end(), found.begin(), found.end());
        pos_ = i;
        consume(start, pos_);
        return true;
    }

    bool scope(Cadence& c)
    {
        const std::size_t start = pos_;
        std::size_t i = pos_;
        bool ongoing_words = false;
        if (word_at(i, "löpande")) {
            ongoing_words = true;
            ++i;
        }
        if (!word_at(i, "under")) {
            if (ongoing_words && context_.year) {
                c.within = DateRange::year(*context_.year);
                pos_ = i;
                consume(start, pos_);
                return true;
            }
            return false;
        }
        ++i;
        pos_ = i;
        auto range = point_or_range();
        if (!range) {
            pos_ = start;
            return false;
        }
        c.within = *range;
        consume(start, pos_);
        return true;
    }

    bool anchor(Cadence& c)
    {
        const std::size_t start = pos_;
        std::size_t i = pos_;
        if (word_at(i, "inför") || word_at(i, "efter") || word_at(i, "vid")) i += 1;
        else if (word_at(i, "i") && word_at(i + 1, "anslutning") && word_at(i + 2, "till")) i += 3;
        else if (word_at(i, "i") && word_at(i + 1, "samband") && word_at(i + 2, "med")) i += 3;
        else return false;
        std::size_t end = i;
        while (end < tokens_.size() && !separator(end) && !punct_at(end, "(") && !punct_at(end, ")")) ++end;
        if (end == i) return false;
        c.anchor = text_of(start, end);
        pos_ = end;
        consume(start, pos_);
        return true;
    }

    // ---- deadlines, ongoing, extensions ----------------------------------------------------------
    bool deadline()
    {
        const std::size_t start = pos_;
        // "t.o.m. maj 2023" without a start says only when it ends: a deadline.
        std::size_t width = 1;
        const bool until = (at(pos_) && at(pos_)->dotted && at(pos_)->key == "tom") ||
                           (word_at(pos_, "till") && word_at(pos_ + 1, "och") && word_at(pos_ + 2, "med") && (width = 3));
        const bool by = until || word_at(pos_, "senast");
        const bool before = word_at(pos_, "före") || word_at(pos_, "innan");
        if (!by && !before) return false;
        pos_ += width;
        if (word_at(pos_, "i") || word_at(pos_, "under") || word_at(pos_, "på")) ++pos_;
        auto p = point();
        if (!p) {
            pos_ = start;
            return false;
        }
        const DateRange range = resolve(*p, std::nullopt);
        consume(start, pos_);
        const Date last = by ? range.last() : range.first - days(1);
        result_.deadline = Deadline{last, text_of(start, pos_)};
        return true;
    }

    bool ongoing()
    {
        static const char* const words[] = {"löpande", "fortlöpande", "kontinuerligt", "pågående"};
        const std::size_t start = pos_;
        bool match = false;
        for (const char* w : words) match = match || word_at(pos_, w);
        if (!match) return false;
        ++pos_;
        result_.ongoing = true;
        std::optional<DateRange> scope;
        if (word_at(pos_, "under")) {
            ++pos_;
            scope = point_or_range();
            if (!scope) --pos_;
        }
        consume(start, pos_);
        if (!scope && context_.year) {
            scope = DateRange::year(*context_.year);
            result_.notes.push_back("\"" + text_of(start, pos_) + "\": löpande under hela " +
                                    std::to_string(*context_.year) + " (året från sammanhanget)");
        }
        if (scope) result_.windows.push_back(TimeWindow{*scope, WindowKind::Scope, {}, text_of(start, pos_)});
        return true;
    }

    bool extension()
    {
        const std::size_t start = pos_;
        if (!(word_at(pos_, "förlängs") || word_at(pos_, "förlängt") || word_at(pos_, "förlängning"))) return false;
        ++pos_;
        std::size_t width = 0;
        if (range_separator(pos_, width)) pos_ += width;
        auto p = point();
        if (!p) {
            pos_ = start;
            return false;
        }
        const DateRange until = resolve(*p, std::nullopt);
        consume(start, pos_);
        Date from = until.first;
        for (const auto& w : result_.windows)
            if (w.kind == WindowKind::Period && w.range.end < until.end) from = w.range.end;
        result_.windows.push_back(TimeWindow{DateRange{from, until.end}, WindowKind::Extension, {}, text_of(start, pos_)});
        return true;
    }

    const std::string& text_;
    TimingContext context_;
    std::vector<Token> tokens_;
    std::vector<bool> consumed_;
    static constexpr int kMaxParenDepth = 8;
    int paren_depth_ = 0;
    std::size_t pos_ = 0;
    std::string phase_label_;
    Timing result_;
};

}  // namespace

Timing parse_timing(const std::string& text, const TimingContext& context)
{
    return Parser(text, context).run();
}

}  // namespace miljoplan
