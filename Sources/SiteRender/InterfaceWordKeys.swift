/// The keys of the theme's strings that kerne writes itself (titles, dates, feed and calendar
/// phrases, charts): a theme's language must give every one. Templates may use any other key.
public enum InterfaceWordKeys {
    public static let required = [
        "months", "months_short", "weekdays", "date_month", "date_day", "date_time", "time", "time_on_the_hour",
        "menu_home", "menu_first_series", "menu_news", "menu_speakers",
        "figures_editions", "figures_people", "figures_speakers",
        "status_cancelled", "status_postponed", "fact_speakers", "attendees",
        "all_editions_title", "all_editions_description", "all_editions_lead", "chart_title", "chart_description", "chart_bar",
        "news_title", "news_title_page", "news_description", "page_position",
        "speakers_title", "speakers_description", "speaker_description", "tag_title", "tag_description", "venue_description",
        "not_found_title", "not_found_description",
        "feed_date", "feed_venue", "feed_speakers", "feed_cancelled", "feed_postponed",
        "feed_title_cancelled", "feed_title_postponed", "feed_title_moved",
    ]
}
