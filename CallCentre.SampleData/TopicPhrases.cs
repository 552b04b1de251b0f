namespace CallCentre.SampleData;

/// <summary>What callers say about one topic: how often they call on it, subjects, sentences of the problem, and answers operators give.</summary>
internal sealed record TopicPhrases(double Weight, string[] Subjects, string[] Sentences, string[] Answers);
