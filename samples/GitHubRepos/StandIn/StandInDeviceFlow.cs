using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GitHubRepos.StandIn;

/// <summary>
/// GitHub's OAuth device flow on github.com, as the stand-in serves it:
/// <list type="bullet">
/// <item><c>POST /login/device/code</c> (form <c>client_id</c>, <c>scope</c>): a device code and user code.</item>
/// <item><c>POST /login/oauth/access_token</c> (form <c>client_id</c>, <c>device_code</c>, <c>grant_type</c>): the
/// first poll of a code answers <c>authorization_pending</c>, the next one the token (or <c>access_denied</c>).</item>
/// <item><c>GET /login/device</c>: the page the user would enter the code on.</item>
/// </list>
/// Like GitHub, answers are JSON only with <c>Accept: application/json</c> (else form-encoded) and errors come with
/// status 200.
/// </summary>
internal sealed class StandInDeviceFlow
{
    /// <summary>The token the stand-in issues when any token is accepted.</summary>
    public const string IssuedToken = "gho_StandInDeviceFlowToken000000000000000";

    private const string DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";
    private const string TroubleshootingDocs = "https://docs.github.com/developers/apps/authorizing-oauth-apps#error-codes-for-the-device-flow";
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly GitHubStandInOptions _options;
    private readonly ConcurrentDictionary<string, PendingDevice> _devices = new(StringComparer.Ordinal);

    public StandInDeviceFlow(GitHubStandInOptions options) => _options = options;

    /// <summary>Handles the request when it is one of the device flow's; false for every other request.</summary>
    public async Task<bool> TryHandleAsync(HttpContext context, string body)
    {
        HttpRequest request = context.Request;
        string path = request.Path.Value ?? "";
        if (path == "/login/device" && HttpMethods.IsGet(request.Method))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The GitHub stand-in approves device codes by itself; there is nothing to enter here.\n", context.RequestAborted).ConfigureAwait(false);
            return true;
        }

        if (!HttpMethods.IsPost(request.Method) || path is not ("/login/device/code" or "/login/oauth/access_token"))
        {
            return false;
        }

        Dictionary<string, string> form = ParseForm(body);
        JsonObject answer = path == "/login/device/code" ? StartDevice(context, form) : Poll(form);
        await WriteAsync(context, answer).ConfigureAwait(false);
        return true;
    }

    private JsonObject StartDevice(HttpContext context, Dictionary<string, string> form)
    {
        if (!form.TryGetValue("client_id", out string? clientId) || clientId.Length == 0)
        {
            return Error("incorrect_client_credentials", "The client_id and/or client_secret passed are incorrect.");
        }

        string deviceCode = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        string userCode = RandomNumberGenerator.GetString("BCDFGHJKLMNPQRSTVWXZ", 4) + "-" + RandomNumberGenerator.GetString("BCDFGHJKLMNPQRSTVWXZ", 4);
        _devices[deviceCode] = new PendingDevice(clientId, form.GetValueOrDefault("scope", ""));
        HttpRequest request = context.Request;
        return new JsonObject
        {
            ["device_code"] = deviceCode,
            ["user_code"] = userCode,
            ["verification_uri"] = request.Scheme + "://" + request.Host + request.PathBase + "/login/device",
            ["expires_in"] = 899,
            ["interval"] = (int)Math.Max(1, _options.DeviceFlowInterval.TotalSeconds),
        };
    }

    private JsonObject Poll(Dictionary<string, string> form)
    {
        if (form.GetValueOrDefault("grant_type") != DeviceCodeGrant)
        {
            return Error("unsupported_grant_type", "The grant type is not supported; use " + DeviceCodeGrant + ".");
        }

        if (!_devices.TryGetValue(form.GetValueOrDefault("device_code", ""), out PendingDevice? device))
        {
            return Error("incorrect_device_code", "The device_code provided is not valid.");
        }

        if (form.GetValueOrDefault("client_id") != device.ClientId)
        {
            return Error("incorrect_client_credentials", "The client_id and/or client_secret passed are incorrect.");
        }

        // The user "approves" (or denies) right after the first poll.
        if (device.CountPoll() == 1)
        {
            return Error("authorization_pending", "The authorization request is still pending.");
        }

        _devices.TryRemove(form["device_code"], out _);
        if (_options.DenyDeviceAuthorization)
        {
            return Error("access_denied", "The authorization request was denied.");
        }

        return new JsonObject
        {
            ["access_token"] = _options.RequiredToken ?? IssuedToken,
            ["token_type"] = "bearer",
            ["scope"] = device.Scope.Replace(' ', ','),
        };
    }

    private static JsonObject Error(string code, string description) => new()
    {
        ["error"] = code,
        ["error_description"] = description,
        ["error_uri"] = TroubleshootingDocs,
    };

    private static async Task WriteAsync(HttpContext context, JsonObject answer)
    {
        HttpResponse response = context.Response;
        bool json = context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
        string text = json
            ? answer.ToJsonString(JsonOptions)
            : string.Join('&', answer.Select(member => Uri.EscapeDataString(member.Key) + "=" + Uri.EscapeDataString(Text(member.Value))));
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = json ? "application/json; charset=utf-8" : "application/x-www-form-urlencoded; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out int number) ? number.ToString(CultureInfo.InvariantCulture) : node?.GetValue<string>() ?? "";

    private static Dictionary<string, string> ParseForm(string body)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = pair.Split('=', 2);
            form[Decode(parts[0])] = parts.Length == 2 ? Decode(parts[1]) : "";
        }

        return form;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private sealed class PendingDevice(string clientId, string scope)
    {
        private int _polls;

        public string ClientId { get; } = clientId;

        public string Scope { get; } = scope;

        /// <summary>Counts a poll; 1 for the first.</summary>
        public int CountPoll() => Interlocked.Increment(ref _polls);
    }
}
