using System.Text;

namespace CertAutoenroll.Provider.Doctor;

/// <summary>Where the doctor writes, and how it asks for a password (a seam for tests).</summary>
internal sealed class DoctorConsole(TextWriter output, TextWriter error, Func<string, string?> readSecret)
{
    public static DoctorConsole System { get; } = new(Console.Out, Console.Error, PromptWithoutEcho);

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Null when there is nobody to ask (input redirected).</summary>
    public string? ReadSecret(string prompt) => readSecret(prompt);

    private static string? PromptWithoutEcho(string prompt)
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }

        Console.Error.Write(prompt);
        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                secret.Length = Math.Max(0, secret.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return secret.ToString();
    }
}
