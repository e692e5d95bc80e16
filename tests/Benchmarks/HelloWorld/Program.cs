Console.Out.Write("1\n");
Console.Out.Flush();
