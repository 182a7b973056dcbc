using Publisher.Feeds.Model;

namespace Publisher.Feeds.Writers;

/// <summary>Writes a feed document in one format. Same document, same bytes.</summary>
public interface IFeedWriter
{
    void Write(FeedDocument document, Stream stream);
}
