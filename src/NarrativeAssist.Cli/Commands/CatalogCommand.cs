using NarrativeAssist.Domain.Contracts;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NarrativeAssist.Cli.Commands;

internal sealed class CatalogCommand : ICommand
{
    public string Name => "catalog";

    public string Usage => """
        Pemakaian: narrativeassist catalog [--format json|yaml] [--output PATH] [--rules ATURAN.yaml]

        """;

    public int Run(CliArgs args, CliContext ctx)
    {
        var format = args.Choice("format", "json", "json", "yaml");
        var output = args.Get("output");
        var rules = InputFiles.Rules(args);
        args.RejectUnknown();
        var catalog = CatalogJson.From(rules);
        var content = format == "json"
            ? JsonContract.Serialize(catalog) + "\n"
            : new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance)
                .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull).Build().Serialize(catalog);
        InputFiles.WriteOutput(ctx, output, content);
        return CliApp.Ok;
    }
}
