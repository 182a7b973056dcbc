namespace Publisher.Templating;

/// <summary>How an output links an article's note references and its notes.</summary>
public enum NoteLinks
{
    /// <summary>
    /// A reference is its number, a note has no anchor: a feed entry's fragment links would resolve against the feed
    /// or the site's page, where those anchors are not.
    /// </summary>
    None,

    /// <summary>References link to their notes and notes back, with DPUB-ARIA roles (a page that holds the article whole).</summary>
    Html,

    /// <summary>As <see cref="Html"/>, with EPUB's <c>epub:type</c> (noteref, endnotes, endnote) as well: reading systems show such a note in a pop-up.</summary>
    Epub,
}
