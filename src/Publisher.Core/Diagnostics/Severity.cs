namespace Publisher.Core.Diagnostics;

public enum Severity { Warning, Error }
