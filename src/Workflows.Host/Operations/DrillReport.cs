namespace Astra.Workflows.Host.Operations;

/// <summary>One line per check, "ok" or "FAIL"; the exit code is 1 when any failed.</summary>
internal sealed class DrillReport
{
    public bool Failed { get; private set; }

    public bool Check(bool ok, string passed, string failed)
    {
        if (ok)
        {
            Console.WriteLine($"  ok   {passed}");
        }
        else
        {
            Fail(failed);
        }

        return ok;
    }

    public void Fail(string message)
    {
        Failed = true;
        Console.WriteLine($"  FAIL {message}");
    }

    public int Finish()
    {
        Console.WriteLine(Failed
            ? "Restore drill FAILED: this backup (with this key backup) would not bring the service back."
            : "Restore drill passed: this backup and this key backup together restore a working service.");
        if (!Failed)
        {
            Console.WriteLine($"Reminder: {RestoreDrill.Warning}");
        }

        return Failed ? 1 : 0;
    }
}
