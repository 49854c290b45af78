using System;

class Program
{
    // <Greet>
    static void Greet(string name)
    {
        Console.WriteLine($"Hello, {name} <&>");
    }
    // </Greet>

    #region Main
    static void Main()
    {
        Greet("world");
    }
    #endregion
}
