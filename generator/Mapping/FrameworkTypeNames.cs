using System;

namespace OpenApiClientGen.Mapping
{
    /// <summary>
    /// The public type names (generic arity dropped) of the namespaces the .NET SDK's implicit usings import:
    /// System, System.IO, System.Linq, System.Net.Http, System.Threading, System.Threading.Tasks and
    /// System.Collections.Generic, as in the net8.0 reference assemblies. A generated type with one of these names
    /// would make the user's unqualified <c>Environment</c> or <c>Task</c> ambiguous (CS0104) once they import the
    /// client's namespace, so such a type is renamed (<see cref="DocumentMapper"/>: <c>Environment</c> →
    /// <c>EnvironmentModel</c>). Sorted ordinally; regenerate from Basic.Reference.Assemblies.Net80 when the
    /// target framework moves.
    /// </summary>
    internal static class FrameworkTypeNames
    {
        public static readonly string[] All =
        {
            "AbandonedMutexException", "AccessViolationException", "Action", "Activator", "AggregateException",
            "ApartmentState", "AppContext", "AppDomain", "AppDomainSetup", "AppDomainUnloadedException",
            "ApplicationException", "ApplicationId", "ArgIterator", "ArgumentException", "ArgumentNullException",
            "ArgumentOutOfRangeException", "ArithmeticException", "Array", "ArraySegment",
            "ArrayTypeMismatchException", "AssemblyLoadEventArgs", "AssemblyLoadEventHandler", "AsyncCallback",
            "AsyncFlowControl", "AsyncLocal", "AsyncLocalValueChangedArgs", "Attribute", "AttributeTargets",
            "AttributeUsageAttribute", "AutoResetEvent", "BadImageFormatException", "Barrier",
            "BarrierPostPhaseException", "Base64FormattingOptions", "BinaryReader", "BinaryWriter", "BitConverter",
            "Boolean", "Buffer", "BufferedStream", "Byte", "ByteArrayContent", "CLSCompliantAttribute",
            "CancellationToken", "CancellationTokenRegistration", "CancellationTokenSource",
            "CannotUnloadAppDomainException", "Char", "CharEnumerator", "ClientCertificateOption",
            "CollectionExtensions", "Comparer", "Comparison", "CompressedStack", "ConcurrentExclusiveSchedulerPair",
            "ConfigureAwaitOptions", "Console", "ConsoleCancelEventArgs", "ConsoleCancelEventHandler", "ConsoleColor",
            "ConsoleKey", "ConsoleKeyInfo", "ConsoleModifiers", "ConsoleSpecialKey", "ContextBoundObject",
            "ContextCallback", "ContextMarshalException", "ContextStaticAttribute", "Convert", "Converter",
            "CountdownEvent", "DBNull", "DataMisalignedException", "DateOnly", "DateTime", "DateTimeKind",
            "DateTimeOffset", "DayOfWeek", "Decimal", "Delegate", "DelegatingHandler", "Dictionary", "Directory",
            "DirectoryInfo", "DirectoryNotFoundException", "DivideByZeroException", "DllNotFoundException", "Double",
            "DriveInfo", "DriveNotFoundException", "DriveType", "DuplicateWaitObjectException", "EndOfStreamException",
            "EntryPointNotFoundException", "Enum", "Enumerable", "EnumerableExecutor", "EnumerableQuery",
            "EnumerationOptions", "Environment", "EnvironmentVariableTarget", "EqualityComparer", "ErrorEventArgs",
            "ErrorEventHandler", "EventArgs", "EventHandler", "EventResetMode", "EventWaitHandle", "Exception",
            "ExecutionContext", "ExecutionEngineException", "FieldAccessException", "File", "FileAccess",
            "FileAttributes", "FileInfo", "FileLoadException", "FileMode", "FileNotFoundException", "FileOptions",
            "FileShare", "FileStream", "FileStreamOptions", "FileStyleUriParser", "FileSystemAclExtensions",
            "FileSystemEventArgs", "FileSystemEventHandler", "FileSystemInfo", "FileSystemWatcher", "FlagsAttribute",
            "FormUrlEncodedContent", "FormatException", "FormattableString", "FtpStyleUriParser", "Func", "GC",
            "GCCollectionMode", "GCGenerationInfo", "GCKind", "GCMemoryInfo", "GCNotificationStatus",
            "GenericUriParser", "GenericUriParserOptions", "GopherStyleUriParser", "Guid", "Half",
            "HandleInheritability", "HashCode", "HashSet", "HeaderEncodingSelector", "HostExecutionContext",
            "HostExecutionContextManager", "HttpClient", "HttpClientHandler", "HttpCompletionOption", "HttpContent",
            "HttpIOException", "HttpKeepAlivePingPolicy", "HttpMessageHandler", "HttpMessageInvoker", "HttpMethod",
            "HttpProtocolException", "HttpRequestError", "HttpRequestException", "HttpRequestMessage",
            "HttpRequestOptions", "HttpRequestOptionsKey", "HttpResponseMessage", "HttpStyleUriParser",
            "HttpVersionPolicy", "IAsyncDisposable", "IAsyncEnumerable", "IAsyncEnumerator", "IAsyncResult",
            "ICloneable", "ICollection", "IComparable", "IComparer", "IConvertible", "ICustomFormatter", "IDictionary",
            "IDisposable", "IEnumerable", "IEnumerator", "IEqualityComparer", "IEquatable", "IFormatProvider",
            "IFormattable", "IGrouping", "IList", "ILookup", "IOCompletionCallback", "IOException", "IObservable",
            "IObserver", "IOrderedEnumerable", "IOrderedQueryable", "IParsable", "IProgress", "IQueryProvider",
            "IQueryable", "IReadOnlyCollection", "IReadOnlyDictionary", "IReadOnlyList", "IReadOnlySet",
            "IServiceProvider", "ISet", "ISpanFormattable", "ISpanParsable", "IThreadPoolWorkItem", "ITimer",
            "IUtf8SpanFormattable", "IUtf8SpanParsable", "ImmutableArrayExtensions", "Index",
            "IndexOutOfRangeException", "InsufficientExecutionStackException", "InsufficientMemoryException", "Int128",
            "Int16", "Int32", "Int64", "IntPtr", "Interlocked", "InternalBufferOverflowException",
            "InvalidCastException", "InvalidDataException", "InvalidOperationException", "InvalidProgramException",
            "InvalidTimeZoneException", "KeyNotFoundException", "KeyValuePair", "Lazy", "LazyInitializer",
            "LazyThreadSafetyMode", "LdapStyleUriParser", "LinkedList", "LinkedListNode", "List", "LoaderOptimization",
            "LoaderOptimizationAttribute", "LocalDataStoreSlot", "LockCookie", "LockRecursionException",
            "LockRecursionPolicy", "Lookup", "MTAThreadAttribute", "ManualResetEvent", "ManualResetEventSlim",
            "MarshalByRefObject", "MatchCasing", "MatchType", "Math", "MathF", "MemberAccessException", "Memory",
            "MemoryExtensions", "MemoryStream", "MessageProcessingHandler", "MethodAccessException",
            "MidpointRounding", "MissingFieldException", "MissingMemberException", "MissingMethodException",
            "ModuleHandle", "Monitor", "MulticastDelegate", "MulticastNotSupportedException", "MultipartContent",
            "MultipartFormDataContent", "Mutex", "NativeOverlapped", "NetPipeStyleUriParser", "NetTcpStyleUriParser",
            "NewsStyleUriParser", "NonSerializedAttribute", "NotFiniteNumberException", "NotImplementedException",
            "NotSupportedException", "NotifyFilters", "NullReferenceException", "Nullable", "Object",
            "ObjectDisposedException", "ObsoleteAttribute", "OperatingSystem", "OperationCanceledException",
            "OrderedParallelQuery", "OutOfMemoryException", "OverflowException", "Overlapped", "Parallel",
            "ParallelEnumerable", "ParallelExecutionMode", "ParallelLoopResult", "ParallelLoopState",
            "ParallelMergeOptions", "ParallelOptions", "ParallelQuery", "ParamArrayAttribute",
            "ParameterizedThreadStart", "Path", "PathTooLongException", "PeriodicTimer", "PlatformID",
            "PlatformNotSupportedException", "PreAllocatedOverlapped", "Predicate", "PriorityQueue", "Progress",
            "Queryable", "Queue", "Random", "RandomAccess", "Range", "RankException", "ReadOnlyMemory",
            "ReadOnlyMemoryContent", "ReadOnlySpan", "ReaderWriterLock", "ReaderWriterLockSlim",
            "ReferenceEqualityComparer", "RegisteredWaitHandle", "RenamedEventArgs", "RenamedEventHandler",
            "ResolveEventArgs", "ResolveEventHandler", "RuntimeArgumentHandle", "RuntimeFieldHandle",
            "RuntimeMethodHandle", "RuntimeTypeHandle", "SByte", "STAThreadAttribute", "SearchOption", "SeekOrigin",
            "Semaphore", "SemaphoreFullException", "SemaphoreSlim", "SendOrPostCallback", "SequencePosition",
            "SerializableAttribute", "Single", "SocketsHttpConnectionContext", "SocketsHttpHandler",
            "SocketsHttpPlaintextStreamFilterContext", "SortedDictionary", "SortedList", "SortedSet", "Span",
            "SpinLock", "SpinWait", "Stack", "StackOverflowException", "Stream", "StreamContent", "StreamReader",
            "StreamWriter", "String", "StringComparer", "StringComparison", "StringContent",
            "StringNormalizationExtensions", "StringReader", "StringSplitOptions", "StringWriter",
            "SynchronizationContext", "SynchronizationLockException", "SystemException", "Task",
            "TaskAsyncEnumerableExtensions", "TaskCanceledException", "TaskCompletionSource",
            "TaskContinuationOptions", "TaskCreationOptions", "TaskExtensions", "TaskFactory", "TaskScheduler",
            "TaskSchedulerException", "TaskStatus", "TaskToAsyncResult", "TextReader", "TextWriter", "Thread",
            "ThreadAbortException", "ThreadExceptionEventArgs", "ThreadExceptionEventHandler",
            "ThreadInterruptedException", "ThreadLocal", "ThreadPool", "ThreadPoolBoundHandle", "ThreadPriority",
            "ThreadStart", "ThreadStartException", "ThreadState", "ThreadStateException", "ThreadStaticAttribute",
            "TimeOnly", "TimeProvider", "TimeSpan", "TimeZone", "TimeZoneInfo", "TimeZoneNotFoundException", "Timeout",
            "TimeoutException", "Timer", "TimerCallback", "Tuple", "TupleExtensions", "Type", "TypeAccessException",
            "TypeCode", "TypeInitializationException", "TypeLoadException", "TypeUnloadedException", "TypedReference",
            "UInt128", "UInt16", "UInt32", "UInt64", "UIntPtr", "UnauthorizedAccessException",
            "UnhandledExceptionEventArgs", "UnhandledExceptionEventHandler", "UnixFileMode", "UnmanagedMemoryAccessor",
            "UnmanagedMemoryStream", "UnobservedTaskExceptionEventArgs", "Uri", "UriBuilder", "UriComponents",
            "UriCreationOptions", "UriFormat", "UriFormatException", "UriHostNameType", "UriKind", "UriParser",
            "UriPartial", "UriTypeConverter", "ValueTask", "ValueTuple", "ValueType", "Version", "Void", "Volatile",
            "WaitCallback", "WaitForChangedResult", "WaitHandle", "WaitHandleCannotBeOpenedException",
            "WaitHandleExtensions", "WaitOrTimerCallback", "WatcherChangeTypes", "WeakReference",
        };

        public static bool Contains(string name) => Array.BinarySearch(All, name, StringComparer.Ordinal) >= 0;
    }
}
